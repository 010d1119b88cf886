<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/auditlog.cpp" line="+73"/>
        <source>Could not write the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../views/auditlogdialog.cpp" line="+30"/>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter (profile, session, user, outcome…)</source>
        <translation>Filtern (Profil, Sitzung, Benutzer, Ergebnis …)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n entries in %1</source>
        <translation>
            <numerusform>%n Eintrag in %1</numerusform>
            <numerusform>%n Einträge in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unreadable line(s) skipped.</source>
        <translation>
            <numerusform>%n unlesbare Zeile übersprungen.</numerusform>
            <numerusform>%n unlesbare Zeilen übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/climain.cpp" line="+59"/>
        <source>Usage: sessiondesk-cli COMMAND [options]

Commands:
  list          List the sessions of a server.
  profiles      List, add or remove saved servers (list | add NAME | remove NAME).
  revoke        Revoke sessions by id (asks first unless --yes).
  delete        Delete Seam client sessions by id (asks first unless --yes).
  delete-user-data  Delete what OpenReplay recorded about users (asks first unless --yes).
  audit         Show the record of revocations.
  projects      OpenReplay: list the projects (key, id, name).
  users         OpenReplay: find end users (--search TEXT): id, e-mail, name.
  demo-server   Run the embedded demo server until interrupted.

Run &quot;sessiondesk-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>Aufruf: sessiondesk-cli COMMAND [Optionen]

Befehle:
  list          Die Sitzungen eines Servers auflisten.
  profiles      Gespeicherte Server auflisten, hinzufügen oder entfernen (list | add NAME | remove NAME).
  revoke        Sitzungen nach ID widerrufen (fragt vorher, außer mit --yes).
  delete        Seam-Client-Sitzungen nach ID löschen (fragt vorher, außer mit --yes).
  delete-user-data  Von OpenReplay über Benutzer Aufgezeichnetes löschen (fragt vorher, außer mit --yes).
  audit         Das Protokoll der Widerrufe anzeigen.
  projects      OpenReplay: die Projekte auflisten (Schlüssel, ID, Name).
  users         OpenReplay: Endbenutzer suchen (--search TEXT): ID, E-Mail, Name.
  demo-server   Den eingebauten Demo-Server bis zur Unterbrechung ausführen.

„sessiondesk-cli COMMAND --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SessionDesk command line</source>
        <translation>SessionDesk-Befehlszeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write profiles in FILE instead of %1.</source>
        <translation>Profile in FILE statt in %1 lesen und schreiben.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unknown column &quot;%1&quot;; known columns: %2.</source>
        <translation>Unbekannte Spalte „%1“; bekannte Spalten: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--columns needs at least one column.</source>
        <translation>--columns braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not write the output: %1</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no profile named &quot;%1&quot;; run sessiondesk-cli profiles list.</source>
        <translation>Es gibt kein Profil namens „%1“; führen Sie sessiondesk-cli profiles list aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile &quot;%1&quot; is not signed in: no credentials are stored in the keychain. Sign in from SessionDesk, or run sessiondesk-cli profiles add again with --token-env VAR.</source>
        <translation>Profil „%1“ ist nicht angemeldet: im Schlüsselbund sind keine Zugangsdaten gespeichert. Melden Sie sich in SessionDesk an oder führen Sie sessiondesk-cli profiles add erneut mit --token-env VAR aus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pass either --profile or --url, not both.</source>
        <translation>Geben Sie entweder --profile oder --url an, nicht beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is part of profile &quot;%2&quot;: save it again with sessiondesk-cli profiles add %2 --replace to change it.</source>
        <translation>--%1 gehört zum Profil „%2“: speichern Sie es mit sessiondesk-cli profiles add %2 --replace neu, um es zu ändern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+581"/>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie table oder json.</translation>
    </message>
    <message>
        <location line="-579"/>
        <source>No profiles yet; add one with sessiondesk-cli profiles add NAME --kind KIND --url URL …</source>
        <translation>Noch keine Profile; fügen Sie eines hinzu mit sessiondesk-cli profiles add NAME --kind KIND --url URL …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A profile named &quot;%1&quot; already exists; pass --replace to overwrite it.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; geben Sie --replace an, um es zu überschreiben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved profile &quot;%1&quot; without credentials; sign in from SessionDesk or add them with --token-env VAR.</source>
        <translation>Profil „%1“ ohne Zugangsdaten gespeichert; melden Sie sich in SessionDesk an oder fügen Sie sie mit --token-env VAR hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved profile &quot;%1&quot;; its secret is in the keychain.</source>
        <translation>Profil „%1“ gespeichert; sein Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile &quot;%1&quot; was kept because its secret could not be removed from the keychain: %2</source>
        <translation>Profil „%1“ wurde behalten, weil sein Geheimnis nicht aus dem Schlüsselbund entfernt werden konnte: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed profile &quot;%1&quot; and its secret.</source>
        <translation>Profil „%1“ und sein Geheimnis wurden entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list, add NAME or remove NAME.</source>
        <translation>list, add NAME oder remove NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles add: overwrite an existing profile of the same name.</source>
        <translation>profiles add: ein vorhandenes Profil gleichen Namens überschreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profiles list: table or json (default table).</source>
        <translation>profiles list: table oder json (Standard: table).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: sessiondesk-cli profiles list | add NAME --kind KIND --url URL … | remove NAME</source>
        <translation>Aufruf: sessiondesk-cli profiles list | add NAME --kind KIND --url URL … | remove NAME</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+166"/>
        <location line="+136"/>
        <location line="+63"/>
        <source>Use the saved profile NAME (its secret comes from the keychain).</source>
        <translation>Das gespeicherte Profil NAME verwenden (sein Geheimnis kommt aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Only sessions whose shown text contains TEXT (case-insensitive).</source>
        <translation>Nur Sitzungen, deren angezeigter Text TEXT enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by COLUMN, ascending unless :desc is given.</source>
        <translation>Nach COLUMN sortieren, aufsteigend, außer :desc ist angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated columns to output (default: all): %1.</source>
        <translation>Kommagetrennte Ausgabespalten (Standard: alle): %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Ausgabeformat: table, csv oder json (Standard: table).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>In FILE (atomar) statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot sort by &quot;%1&quot;; known columns: %2.</source>
        <translation>Nach „%1“ kann nicht sortiert werden; bekannte Spalten: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort direction must be asc or desc, not &quot;%1&quot;.</source>
        <translation>Die Sortierrichtung muss asc oder desc sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing %1 sessions is not supported yet.</source>
        <translation>Das Auflisten von %1-Sitzungen wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Note: the server&apos;s session count changed while paging; the list may be incomplete.</source>
        <translation>Hinweis: Die Sitzungszahl des Servers hat sich während des Abrufs geändert; die Liste ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sessions to delete.</source>
        <translation>Die zu löschenden Sitzungen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The sessions to revoke.</source>
        <translation>Die zu widerrufenden Sitzungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Rocket.Chat second factor for revoking other users&apos; sessions: totp, email or password (default totp).</source>
        <translation>Zweiter Faktor von Rocket.Chat zum Widerrufen der Sitzungen anderer Benutzer: totp, email oder password (Standard: totp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the environment variable holding the two-factor code (or the password for --2fa-method password).</source>
        <translation>Name der Umgebungsvariablen mit dem Zwei-Faktor-Code (oder dem Passwort bei --2fa-method password).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name at least one session id: sessiondesk-cli %1 SESSION_ID...</source>
        <translation>Nennen Sie mindestens eine Sitzungs-ID: sessiondesk-cli %1 SESSION_ID...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 narrows a list; %2 acts on exactly the session ids given.</source>
        <translation>--%1 schränkt eine Liste ein; %2 wirkt genau auf die angegebenen Sitzungs-IDs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--2fa-method must be totp, email or password.</source>
        <translation>--2fa-method muss totp, email oder password sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenReplay recordings cannot be revoked or deleted one by one; to erase a user&apos;s recordings run sessiondesk-cli delete-user-data USER_ID.</source>
        <translation>OpenReplay-Aufzeichnungen können nicht einzeln widerrufen oder gelöscht werden; um die Aufzeichnungen eines Benutzers zu löschen, führen Sie sessiondesk-cli delete-user-data USER_ID aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only Seam client sessions can be deleted; revoke Rocket.Chat sessions instead.</source>
        <translation>Nur Seam-Client-Sitzungen können gelöscht werden; widerrufen Sie stattdessen Rocket.Chat-Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n session(s) on %1? [y/N] </source>
        <translation>
            <numerusform>%n Sitzung auf %1 löschen? [y/N] </numerusform>
            <numerusform>%n Sitzungen auf %1 löschen? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Revoke %n session(s) on %1? The devices will be signed out. [y/N] </source>
        <translation>
            <numerusform>%n Sitzung auf %1 widerrufen? Das Gerät wird abgemeldet. [y/N] </numerusform>
            <numerusform>%n Sitzungen auf %1 widerrufen? Die Geräte werden abgemeldet. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing to revoke without confirmation: standard input is not a terminal; pass --yes.</source>
        <translation>Widerruf ohne Bestätigung verweigert: Die Standardeingabe ist kein Terminal; geben Sie --yes an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Nothing revoked.</source>
        <translation>Nichts widerrufen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already gone</source>
        <translation>bereits beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (refresh to see): %1</source>
        <translation>unbekannt (aktualisieren zeigt es): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Two-factor code (%1) for %2: </source>
        <translation>Zwei-Faktor-Code (%1) für %2: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for a second factor: pass --2fa-env VAR (and --2fa-method) or run on a terminal.</source>
        <translation>%1 verlangt einen zweiten Faktor: geben Sie --2fa-env VAR (und --2fa-method) an oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate limited by the server; waiting %1 s.</source>
        <translation>Der Server begrenzt die Anfragerate; warte %1 s.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The OpenReplay end users whose recorded data to delete.</source>
        <translation>Die OpenReplay-Endbenutzer, deren aufgezeichnete Daten gelöscht werden sollen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name at least one user id: sessiondesk-cli delete-user-data USER_ID...</source>
        <translation>Nennen Sie mindestens eine Benutzer-ID: sessiondesk-cli delete-user-data USER_ID...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete-user-data is for OpenReplay; use revoke for other servers.</source>
        <translation>delete-user-data ist für OpenReplay; verwenden Sie revoke für andere Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>OpenReplay needs the project key (--project-key, or in the profile).</source>
        <translation>OpenReplay braucht den Projektschlüssel (--project-key oder im Profil).</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Delete everything %1 recorded about %2? This cannot be undone. [y/N] </source>
        <translation>Alles löschen, was %1 über %2 aufgezeichnet hat? Das kann nicht rückgängig gemacht werden. [y/N] </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing to delete without confirmation: standard input is not a terminal; pass --yes.</source>
        <translation>Löschen ohne Bestätigung verweigert: Die Standardeingabe ist kein Terminal; geben Sie --yes an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>deletion accepted</source>
        <translation>Löschung angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletion already scheduled</source>
        <translation>Löschung bereits geplant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>users: only users whose id, e-mail or name contains TEXT.</source>
        <translation>users: nur Benutzer, deren ID, E-Mail oder Name TEXT enthält.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Projects and users are looked up on OpenReplay servers only.</source>
        <translation>Projekte und Benutzer werden nur auf OpenReplay-Servern nachgeschlagen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>table or json (JSON Lines, as stored; default table).</source>
        <translation>table oder json (JSON Lines, wie gespeichert; Standard: table).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the last N entries.</source>
        <translation>Nur die letzten N Einträge.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 unreadable lines in %2 were skipped.</source>
        <translation>%1 unlesbare Zeilen in %2 wurden übersprungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port on 127.0.0.1 (default: a free port).</source>
        <translation>Port auf 127.0.0.1 (Standard: ein freier Port).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of generated sessions (default 5000).</source>
        <translation>Anzahl der erzeugten Sitzungen (Standard: 5000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the generated data (default 1).</source>
        <translation>Startwert der erzeugten Daten (Standard: 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold each page of the session list back this many milliseconds, like a distant server (default 0).</source>
        <translation>Jede Seite der Sitzungsliste so viele Millisekunden zurückhalten, wie ein entfernter Server (Standard: 0).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--latency needs a number of milliseconds between 0 and 60000.</source>
        <translation>--latency braucht eine Anzahl Millisekunden zwischen 0 und 60000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port needs a number between 0 and 65535.</source>
        <translation>--port braucht eine Zahl zwischen 0 und 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sessions needs a number between 0 and 100000000.</source>
        <translation>--sessions braucht eine Zahl zwischen 0 und 100000000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--seed needs a non-negative number.</source>
        <translation>--seed braucht eine nicht negative Zahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not listen on 127.0.0.1:%1; is the port in use?</source>
        <translation>Auf 127.0.0.1:%1 konnte nicht gelauscht werden; ist der Port belegt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set up signal handling.</source>
        <translation>Die Signalbehandlung konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &quot;%1&quot;; run sessiondesk-cli --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“; sessiondesk-cli --help zeigt die Liste der Befehle.</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <location filename="../app/connectionoptions.cpp" line="+70"/>
        <source>Server base URL, e.g. https://chat.example.org.</source>
        <translation>Basis-URL des Servers, z. B. https://chat.example.org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rocket.Chat user id (X-User-Id).</source>
        <translation>Rocket.Chat-Benutzer-ID (X-User-Id).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the sessions of this user: its id, or its user name, exactly; repeat for several users. OpenReplay lists sessions per end user and needs at least one.</source>
        <translation>Nur die Sitzungen dieses Benutzers: seine ID oder sein Benutzername, genau; für mehrere Benutzer wiederholen. OpenReplay listet Sitzungen je Endbenutzer auf und braucht mindestens einen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name of the environment variable that holds the token or API key.</source>
        <translation>Name der Umgebungsvariablen, die das Token oder den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Allow plain http to a host other than this machine (insecure).</source>
        <translation>Einfaches http zu einem anderen Rechner als diesem erlauben (unsicher).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>--%1 needs a number between %2 and %3.</source>
        <translation>--%1 braucht eine Zahl zwischen %2 und %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--%1 applies to %2 servers only, and this one is %3.</source>
        <translation>--%1 gilt nur für %2-Server, und dieser ist ein %3-Server.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server kind: rocketchat, openreplay or seam (default rocketchat).</source>
        <translation>Serverart: rocketchat, openreplay oder seam (Standard: rocketchat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rocket.Chat: the sessions of all users (needs the view-device-management permission).</source>
        <translation>Rocket.Chat: die Sitzungen aller Benutzer (braucht die Berechtigung view-device-management).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay project key.</source>
        <translation>OpenReplay-Projektschlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay API version: 1, 2 or auto (default auto).</source>
        <translation>OpenReplay-API-Version: 1, 2 oder auto (Standard: auto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam workspace id (for display).</source>
        <translation>Seam-Workspace-ID (zur Anzeige).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept only a server certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Nur ein Serverzertifikat mit diesem SHA-256-Fingerabdruck (hex) akzeptieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up when the server sends nothing for this many seconds (default 30).</source>
        <translation>Aufgeben, wenn der Server so viele Sekunden lang nichts sendet (Standard: 30).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the token or API key from the first line of standard input.</source>
        <translation>Das Token oder den API-Schlüssel aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest accepted response in MiB (default 64).</source>
        <translation>Größte akzeptierte Antwort in MiB (Standard: 64).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seam: only client sessions of this user identifier key.</source>
        <translation>Seam: nur Client-Sitzungen dieses Benutzerkennungsschlüssels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: only client sessions of this Connect Webview.</source>
        <translation>Seam: nur Client-Sitzungen dieser Connect-Webview.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: only client sessions of this user identity.</source>
        <translation>Seam: nur Client-Sitzungen dieser Benutzeridentität.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: only client sessions without a user identifier key.</source>
        <translation>Seam: nur Client-Sitzungen ohne Benutzerkennungsschlüssel.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown server kind &quot;%1&quot;; use rocketchat, openreplay or seam.</source>
        <translation>Unbekannte Serverart „%1“; verwenden Sie rocketchat, openreplay oder seam.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--api-version must be 1, 2 or auto.</source>
        <translation>--api-version muss 1, 2 oder auto sein.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--%1 needs an ISO 8601 time such as 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--%1 braucht eine ISO-8601-Zeit wie 2026-11-01 oder 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pass either --token-env or --token-stdin, not both.</source>
        <translation>Geben Sie entweder --token-env oder --token-stdin an, nicht beides.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--token-stdin read nothing: pipe the token into standard input.</source>
        <translation>--token-stdin hat nichts gelesen: leiten Sie das Token in die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No credentials given: pass --token-env VAR naming an environment variable that holds the token, or --token-stdin.</source>
        <translation>Keine Zugangsdaten angegeben: geben Sie --token-env VAR mit dem Namen einer Umgebungsvariablen an, die das Token enthält, oder --token-stdin.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>No server given: pass --url URL.</source>
        <translation>Kein Server angegeben: geben Sie --url URL an.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Only sessions started at or after this time (ISO 8601; OpenReplay&apos;s default: the profile&apos;s range, 30 days).</source>
        <translation>Nur Sitzungen, die zu oder nach dieser Zeit begonnen haben (ISO 8601; Standard bei OpenReplay: der Zeitraum des Profils, 30 Tage).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only sessions started before this time (ISO 8601; default now).</source>
        <translation>Nur Sitzungen, die vor dieser Zeit begonnen haben (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rocket.Chat needs --user-id ID.</source>
        <translation>Rocket.Chat braucht --user-id ID.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The environment variable %1 named by --token-env is not set or empty.</source>
        <translation>Die mit --token-env genannte Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../models/providers/connectiontest.cpp" line="+37"/>
        <source>%1 rejected the credentials (HTTP %2); check the API key or sign in again.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2); prüfen Sie den API-Schlüssel oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1. Sessions: %2.</source>
        <translation>Verbunden mit %1. Sitzungen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>OpenReplay API v1 needs the project key to test the connection.</source>
        <translation>OpenReplay-API v1 braucht den Projektschlüssel, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected to %1 (OpenReplay API v1).</source>
        <translation>Verbunden mit %1 (OpenReplay-API v1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to %1 (OpenReplay API v2). Projects: %2.</source>
        <translation>Verbunden mit %1 (OpenReplay-API v2). Projekte: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected to %1: workspace &quot;%2&quot;.</source>
        <translation>Verbunden mit %1: Workspace „%2“.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../models/credentialstore.cpp" line="+30"/>
        <source>The keychain denied access (%1); unlock it and allow SessionDesk, or use --token-env.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1); entsperren Sie ihn und erlauben Sie SessionDesk den Zugriff, oder verwenden Sie --token-env.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No Secret Service is running: install and unlock gnome-keyring or KWallet, or use --token-env.</source>
        <translation>Kein Secret Service läuft: installieren und entsperren Sie gnome-keyring oder KWallet, oder verwenden Sie --token-env.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/csvwriter.cpp" line="+37"/>
        <source>Could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <location filename="../views/detailsdock.cpp" line="+20"/>
        <location line="+67"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Load from Server</source>
        <translation>Vom Server &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a value to copy it</source>
        <translation>Doppelklicken Sie auf einen Wert, um ihn zu kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s own record of this session appears here.</source>
        <translation>Der eigene Datensatz des Servers zu dieser Sitzung erscheint hier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type</source>
        <translation>Client-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP / location</source>
        <translation>IP / Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (local)</source>
        <translation>Begonnen (lokal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask the server for everything it knows about this session</source>
        <translation>Den Server nach allem fragen, was er über diese Sitzung weiß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay has no call for a single session.</source>
        <translation>OpenReplay hat keinen Aufruf für eine einzelne Sitzung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking %1…</source>
        <translation>Frage %1 …</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+30"/>
        <source>All %1 rows &amp;shown (filtered and sorted as in the table)</source>
        <translation>Alle %1 &amp;angezeigten Zeilen (gefiltert und sortiert wie in der Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the %1 selec&amp;ted rows</source>
        <translation>Nur die %1 aus&amp;gewählten Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;columns shown, in their order</source>
        <translation>Die angezeigten &amp;Spalten in ihrer Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All columns</source>
        <translation>A&amp;lle Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with a &amp;byte-order mark (for spreadsheet applications)</source>
        <translation>Mit &amp;Byte-Order-Mark beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Export Sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Select rows in the table first</source>
        <translation>Wählen Sie zuerst Zeilen in der Tabelle aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File &amp;name:</source>
        <translation>&amp;Dateiname:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../models/net/httpclient.cpp" line="+59"/>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgewiesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name in %1 could not be resolved.</source>
        <translation>Der Servername in %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection in the middle of its answer.</source>
        <translation>%1 hat die Verbindung mitten in der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection without answering; SessionDesk did not send the request again, so it is not known whether the server carried it out.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen; SessionDesk hat die Anfrage nicht erneut gesendet, daher ist nicht bekannt, ob der Server sie ausgeführt hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent nothing for %2 seconds; the request was abandoned.</source>
        <translation>%1 hat %2 Sekunden lang nichts gesendet; die Anfrage wurde aufgegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The CA certificate file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a valid server URL.</source>
        <translation>„%1“ ist keine gültige Server-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server URLs must not contain a user name or password; use the keychain instead.</source>
        <translation>Server-URLs dürfen keinen Benutzernamen und kein Passwort enthalten; verwenden Sie stattdessen den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported URL scheme &quot;%1&quot;: use https:// (or http:// for a server on this machine).</source>
        <translation>Nicht unterstütztes URL-Schema „%1“: verwenden Sie https:// (oder http:// für einen Server auf diesem Rechner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing to send credentials over plain http to %1: use https://, or allow insecure http for this server explicitly.</source>
        <translation>Zugangsdaten werden nicht über einfaches http an %1 gesendet: verwenden Sie https:// oder erlauben Sie unsicheres http für diesen Server ausdrücklich.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+94"/>
        <source>%1 redirected to %2; SessionDesk does not follow redirects to another server because they would carry your credentials.</source>
        <translation>%1 hat auf %2 umgeleitet; SessionDesk folgt keinen Umleitungen auf einen anderen Server, weil sie Ihre Zugangsdaten mitnehmen würden.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of %1 does not match the pinned SHA-256 fingerprint (it has %2).</source>
        <translation>Das Zertifikat von %1 passt nicht zum angehefteten SHA-256-Fingerabdruck (es hat %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <source>The response from %1 is larger than the limit of %2 MiB.</source>
        <translation>Die Antwort von %1 ist größer als die Grenze von %2 MiB.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 did not finish answering within %2 seconds.</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 Sekunden beendet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+67"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 redirected a change to %2; SessionDesk sends a change only once and does not follow redirects for it.</source>
        <translation>%1 hat eine Änderung nach %2 umgeleitet; SessionDesk sendet eine Änderung nur einmal und folgt dafür keinen Umleitungen.</translation>
    </message>
</context>
<context>
    <name>JsonUtil</name>
    <message>
        <location filename="../models/providers/jsonutil.cpp" line="+132"/>
        <source>The server answered with an HTML page instead of JSON; check the server URL.</source>
        <translation>Der Server hat mit einer HTML-Seite statt JSON geantwortet; prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent an empty response instead of a sessions list.</source>
        <translation>Der Server hat eine leere Antwort statt einer Sitzungsliste gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent malformed JSON (%1).</source>
        <translation>Der Server hat fehlerhaftes JSON gesendet (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s response is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server reported a failure without a reason.</source>
        <translation>Der Server meldete einen Fehler ohne Grund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error: %1</source>
        <translation>Der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 antwortete mit HTTP %2%3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+205"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the sessions again (F5)</source>
        <translation>Die Sitzungen neu laden (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Loading</source>
        <translation>Laden &amp;stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading sessions</source>
        <translation>Das Laden der Sitzungen stoppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit and test server profiles (Ctrl+Shift+P)</source>
        <translation>Serverprofile hinzufügen, bearbeiten und testen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End this sign-in on the server and forget its token</source>
        <translation>Diese Anmeldung auf dem Server beenden und ihr Token vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revoke Sessions…</source>
        <translation>Sitzungen &amp;widerrufen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Sessions…</source>
        <translation>Sitzungen &amp;löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: delete the selected client sessions</source>
        <translation>Seam: die ausgewählten Client-Sitzungen löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;User Data…</source>
        <translation>&amp;Benutzerdaten löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay: delete everything recorded about the selected rows&apos; users</source>
        <translation>OpenReplay: alles löschen, was über die Benutzer der ausgewählten Zeilen aufgezeichnet wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Replay</source>
        <translation>&amp;Replay öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay: watch the current row&apos;s recording in the browser</source>
        <translation>OpenReplay: die Aufzeichnung der aktuellen Zeile im Browser ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows as tab-separated text (pastes into spreadsheets)</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren (lässt sich in Tabellen einfügen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All Servers in One Table</source>
        <translation>&amp;Alle Server in einer Tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every server&apos;s sessions merged, with a Server column (Ctrl+Shift+A)</source>
        <translation>Die Sitzungen aller Server zusammen, mit einer Spalte Server (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;essions</source>
        <translation>S&amp;itzungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit &amp;Log…</source>
        <translation>&amp;Prüfprotokoll …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every revocation and deletion, from this window and the CLI (Ctrl+L)</source>
        <translation>Jeder Widerruf und jede Löschung, aus diesem Fenster und der CLI (Strg+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Auto-Refresh</source>
        <translation>&amp;Automatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;30 Seconds</source>
        <translation>Alle &amp;30 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every &amp;Minute</source>
        <translation>Jede &amp;Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 Minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About SessionDesk</source>
        <translation>Ü&amp;ber SessionDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SessionDesk</source>
        <translation>Über SessionDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;Browse, filter, export and revoke the login sessions of the servers you run.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;Die Anmeldesitzungen der eigenen Server durchsuchen, filtern, exportieren und widerrufen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+575"/>
        <source>SessionDesk</source>
        <translation>SessionDesk</translation>
    </message>
    <message>
        <location line="-572"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server whose sessions are shown</source>
        <translation>Der Server, dessen Sitzungen angezeigt werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Filter sessions (Ctrl+F): user, device, OS, IP, date…</source>
        <translation>Sitzungen filtern (Strg+F): Benutzer, Gerät, Betriebssystem, IP, Datum …</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;h2&gt;No server yet&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Add a server profile…&lt;/a&gt; (Ctrl+Shift+P) for your Rocket.Chat, OpenReplay or Seam server, or start SessionDesk with &lt;tt&gt;--demo&lt;/tt&gt; to explore generated sessions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch kein Server&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Ein Serverprofil hinzufügen …&lt;/a&gt; (Strg+Umschalt+P) für Ihren Rocket.Chat-, OpenReplay- oder Seam-Server, oder starten Sie SessionDesk mit &lt;tt&gt;--demo&lt;/tt&gt;, um erzeugte Sitzungen zu erkunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Quick Filters</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by user, client, OS, address range and time (Ctrl+Shift+F)</source>
        <translation>Nach Benutzer, Client, Betriebssystem, Adressbereich und Zeit filtern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort By…</source>
        <translation>Sortieren nach …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions started per day and the split by client and OS, for the rows shown (Ctrl+Shift+O)</source>
        <translation>Begonnene Sitzungen pro Tag und die Aufteilung nach Client und System, für die angezeigten Zeilen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>reading the keychain</source>
        <translation>Schlüsselbund wird gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not signed in; open it on its own to sign in.</source>
        <translation>nicht angemeldet; öffnen Sie ihn einzeln, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+270"/>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1 sessions from %2 of %3 servers in %4 s.</source>
        <translation>%1 Sitzungen von %2 der %3 Server in %4 s geladen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+418"/>
        <source>%n new since the last refresh (in bold).</source>
        <translation>
            <numerusform>%n neu seit der letzten Aktualisierung (fett).</numerusform>
            <numerusform>%n neu seit der letzten Aktualisierung (fett).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-416"/>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <location line="+487"/>
        <source>text &quot;%1&quot;</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtered by %1. Esc in the filter clears it.</source>
        <translation>Gefiltert nach %1. Esc im Filterfeld hebt den Filter auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session matches the filter. Press Esc in the filter to clear it.</source>
        <translation>Keine Sitzung passt zum Filter. Drücken Sie Esc im Filterfeld, um ihn aufzuheben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recorded sessions for these users in this date range. Widen the range or add users in the profile (Ctrl+Shift+P), then refresh (F5).</source>
        <translation>Keine aufgezeichneten Sitzungen dieser Benutzer in diesem Zeitraum. Erweitern Sie den Zeitraum oder fügen Sie im Profil Benutzer hinzu (Strg+Umschalt+P) und aktualisieren Sie dann (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this server. Refresh (F5) to look again.</source>
        <translation>Keine Sitzungen auf diesem Server. Aktualisieren Sie (F5), um erneut nachzusehen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting %1 sessions…</source>
        <translation>Exportiere %1 Sitzungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Descending</source>
        <translation>A&amp;bsteigend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Server Order</source>
        <translation>Reihenfolge des &amp;Servers</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the filter, then the quick filters (in the filter)</source>
        <translation>Den Filter aufheben, danach die Schnellfilter (im Filterfeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down, Enter</source>
        <translation>Pfeil nach unten, Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On to the rows found (in the filter)</source>
        <translation>Weiter zu den gefundenen Zeilen (im Filterfeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>Menütaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected rows&apos; actions (in the table)</source>
        <translation>Die Aktionen der ausgewählten Zeilen (in der Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows, Ctrl+A</source>
        <translation>Umschalt+Pfeiltasten, Strg+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select rows (in the table)</source>
        <translation>Zeilen auswählen (in der Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenReplay recordings cannot be revoked; delete the user&apos;s data instead.</source>
        <translation>OpenReplay-Aufzeichnungen können nicht widerrufen werden; löschen Sie stattdessen die Daten des Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A revocation is still running.</source>
        <translation>Ein Widerruf läuft noch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection spans %1 servers; select sessions of one server (sort or filter by the Server column).</source>
        <translation>Die Auswahl umfasst %1 Server; wählen Sie Sitzungen eines Servers aus (sortieren oder filtern Sie nach der Spalte Server).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Sign in with an account that may revoke sessions, then try again.</source>
        <translation>%1 Melden Sie sich mit einem Konto an, das Sitzungen widerrufen darf, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Revoke %1 Sessions…</source>
        <translation>%1 Sitzungen &amp;widerrufen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Revoke Session…</source>
        <translation>Sitzung &amp;widerrufen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the selected devices out (Delete)</source>
        <translation>Die ausgewählten Geräte abmelden (Entf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the selected client sessions</source>
        <translation>Die ausgewählten Client-Sitzungen löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only Seam client sessions can be deleted.</source>
        <translation>Nur Seam-Client-Sitzungen können gelöscht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything recorded about the selected rows&apos; users</source>
        <translation>Alles löschen, was über die Benutzer der ausgewählten Zeilen aufgezeichnet wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only OpenReplay keeps user data to delete.</source>
        <translation>Nur OpenReplay speichert Benutzerdaten, die gelöscht werden können.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy &amp;Cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Session &amp;ID</source>
        <translation>Sitzungs-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only Sessions of %1</source>
        <translation>Nur Sitzungen von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only Sessions from %1</source>
        <translation>Nur Sitzungen aus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Copied %1 rows.</source>
        <translation>%1 Zeilen kopiert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Delete User Data</source>
        <translation>Benutzerdaten löschen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;p&gt;Ask %1 to delete &lt;b&gt;everything it recorded&lt;/b&gt; about these users? This cannot be undone.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 bitten, &lt;b&gt;alles Aufgezeichnete&lt;/b&gt; über diese Benutzer zu löschen? Das kann nicht rückgängig gemacht werden.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 — %2 on %3 (%4)</source>
        <translation>%1 — %2 auf %3 (%4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;and %1 more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;und %1 weitere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke Sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Delete &lt;b&gt;%1&lt;/b&gt; client sessions of &lt;b&gt;%2&lt;/b&gt; users on %3?&lt;/p&gt;%4</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Client-Sitzungen von &lt;b&gt;%2&lt;/b&gt; Benutzern auf %3 löschen?&lt;/p&gt;%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Sign out &lt;b&gt;%1&lt;/b&gt; sessions of &lt;b&gt;%2&lt;/b&gt; users on %3? The devices will have to sign in again.&lt;/p&gt;%4</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Sitzungen von &lt;b&gt;%2&lt;/b&gt; Benutzern auf %3 abmelden? Die Geräte müssen sich neu anmelden.&lt;/p&gt;%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-1542"/>
        <location line="+1542"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoking %1 sessions…</source>
        <translation>Widerrufe %1 Sitzungen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is rate limiting; continuing in %1 s…</source>
        <translation>Der Server begrenzt die Anfragerate; es geht in %1 s weiter …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No second factor was given.</source>
        <translation>Es wurde kein zweiter Faktor angegeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted %1 sessions.</source>
        <translation>%1 Sitzungen gelöscht.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked %1 sessions.</source>
        <translation>%1 Sitzungen widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1 sessions; %2 failed.</source>
        <translation>%1 Sitzungen gelöscht; %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked %1 sessions; %2 failed.</source>
        <translation>%1 Sitzungen widerrufen; %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-1286"/>
        <location line="+25"/>
        <location line="+84"/>
        <source>%1 — SessionDesk</source>
        <translation>%1 — SessionDesk</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the rows shown or selected to CSV or JSON (Ctrl+E)</source>
        <translation>Die angezeigten oder ausgewählten Zeilen als CSV oder JSON exportieren (Strg+E)</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>&lt;h2&gt;No profile named &quot;%1&quot;&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Manage profiles…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Profil namens „%1“&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Profile verwalten …&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h2&gt;Opening %1…&lt;/h2&gt;&lt;p&gt;Reading the credentials from the keychain.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 wird geöffnet …&lt;/h2&gt;&lt;p&gt;Die Zugangsdaten werden aus dem Schlüsselbund gelesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;The keychain is not available&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;SessionDesk keeps credentials only in the keychain. &lt;a href=&quot;retry&quot;&gt;Try again&lt;/a&gt; once it is running and unlocked.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Der Schlüsselbund ist nicht verfügbar&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;SessionDesk bewahrt Zugangsdaten nur im Schlüsselbund auf. &lt;a href=&quot;retry&quot;&gt;Erneut versuchen&lt;/a&gt;, sobald er läuft und entsperrt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>&lt;h2&gt;No API key for %1&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Enter the API key…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein API-Schlüssel für %1&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;API-Schlüssel eingeben …&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Not signed in to %1&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Sign in…&lt;/a&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nicht bei %1 angemeldet&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Anmelden …&lt;/a&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · &lt;a href=&quot;profiles&quot;&gt;Use a personal access token…&lt;/a&gt;</source>
        <translation> · &lt;a href=&quot;profiles&quot;&gt;Ein persönliches Zugriffstoken verwenden …&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;h2&gt;Signing in to %1…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anmeldung bei %1 …&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed in, but the token could not be stored: %1</source>
        <translation>Angemeldet, aber das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server did not confirm the sign-out: %1</source>
        <translation>Der Server hat die Abmeldung nicht bestätigt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;The profile was removed&lt;/h2&gt;&lt;p&gt;Choose another server in the toolbar, or &lt;a href=&quot;profiles&quot;&gt;add a profile…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Das Profil wurde entfernt&lt;/h2&gt;&lt;p&gt;Wählen Sie in der Werkzeugleiste einen anderen Server oder &lt;a href=&quot;profiles&quot;&gt;fügen Sie ein Profil hinzu …&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No profiles</source>
        <translation>Keine Profile</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking up the project on %1…</source>
        <translation>Suche das Projekt auf %1 …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not list the project %2.</source>
        <translation>%1 führt das Projekt %2 nicht.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This server kind is not supported yet.</source>
        <translation>Diese Serverart wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading sessions from every server (%1)…</source>
        <translation>Sitzungen werden von allen Servern (%1) geladen …</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Loading sessions from %1: %2 of %3…</source>
        <translation>Lade Sitzungen von %1: %2 von %3 …</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Loading sessions from %1…</source>
        <translation>Lade Sitzungen von %1 …</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Loaded %1 sessions from %2 in %3 s.</source>
        <translation>%1 Sitzungen von %2 in %3 s geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s count changed while loading; refresh to be sure nothing is missing.</source>
        <translation>Die Anzahl auf dem Server hat sich während des Ladens geändert; aktualisieren Sie, um sicherzugehen, dass nichts fehlt.</translation>
    </message>
    <message>
        <location line="-428"/>
        <location line="+433"/>
        <source>Loading stopped; %1 sessions loaded.</source>
        <translation>Laden gestoppt; %1 Sitzungen geladen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your sign-in to %1 has expired or was revoked; sign in again.</source>
        <translation>Ihre Anmeldung bei %1 ist abgelaufen oder wurde widerrufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&lt;h2&gt;Could not load sessions&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Press F5 to try again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sitzungen konnten nicht geladen werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Drücken Sie F5, um es erneut zu versuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 sessions</source>
        <translation>%1 von %2 Sitzungen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 sessions to %2.</source>
        <translation>%1 Sitzungen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>MergedProvider</name>
    <message>
        <location filename="../models/providers/mergedprovider.cpp" line="+37"/>
        <source>This server kind is not supported.</source>
        <translation>Diese Serverart wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OpenReplayClient</name>
    <message>
        <location filename="../models/providers/openreplay/openreplayclient.cpp" line="+46"/>
        <source>OpenReplay needs the organization API key.</source>
        <translation>OpenReplay braucht den API-Schlüssel der Organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenReplay needs the project key (--project-key, or in the profile).</source>
        <translation>OpenReplay braucht den Projektschlüssel (--project-key oder im Profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenReplay lists sessions per end user: name at least one user id (--user ID, or in the profile).</source>
        <translation>OpenReplay listet Sitzungen pro Endbenutzer auf: nennen Sie mindestens eine Benutzer-ID (--user ID oder im Profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date range is empty: the start must come before the end.</source>
        <translation>Der Zeitraum ist leer: Der Anfang muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (sessions of %2): %3</source>
        <translation>%1 (Sitzungen von %2): %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has more sessions of %2 than the limit of %3 per fetch.</source>
        <translation>%1 hat mehr Sitzungen von %2 als die Grenze von %3 pro Abruf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenReplay API v1 returns at most %1 sessions per user; %2 may have more: narrow the date range.</source>
        <translation>OpenReplay-API v1 liefert höchstens %1 Sitzungen pro Benutzer; %2 hat womöglich mehr: grenzen Sie den Zeitraum ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key or the project key (HTTP %2); check both in the profile.</source>
        <translation>%1 hat den API-Schlüssel oder den Projektschlüssel abgelehnt (HTTP %2); prüfen Sie beide im Profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no OpenReplay API at this address (HTTP 404); check the URL (self-hosted v2: https://HOST/v2/api).</source>
        <translation>%1 hat unter dieser Adresse keine OpenReplay-API (HTTP 404); prüfen Sie die URL (selbst betriebene v2: https://HOST/v2/api).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is rate limiting requests (HTTP 429); try again later.</source>
        <translation>%1 begrenzt die Anfragerate (HTTP 429); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 accepted the deletion of %2&apos;s data.</source>
        <translation>%1 hat das Löschen der Daten von %2 angenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has a deletion job for %2.</source>
        <translation>%1 hat bereits einen Löschauftrag für %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>%1 rejected the API key or the project key (HTTP %2).</source>
        <translation>%1 hat den API-Schlüssel oder den Projektschlüssel abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 cannot delete user data (HTTP %2); this needs OpenReplay API v2 (server 1.27 or newer).</source>
        <translation>%1 kann keine Benutzerdaten löschen (HTTP %2); dafür ist OpenReplay-API v2 nötig (Server 1.27 oder neuer).</translation>
    </message>
</context>
<context>
    <name>OpenReplayParser</name>
    <message>
        <location filename="../models/providers/openreplay/openreplayparser.cpp" line="+109"/>
        <source>The server reported an error: %1</source>
        <translation>Der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server&apos;s response has no &quot;data&quot; list of sessions.</source>
        <translation>Die Antwort des Servers hat keine „data“-Liste von Sitzungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s response has no &quot;data&quot; object.</source>
        <translation>Die Antwort des Servers hat kein „data“-Objekt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s &quot;sessions&quot; is not a list.</source>
        <translation>„sessions“ in der Antwort des Servers ist keine Liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server&apos;s response has no &quot;data&quot; list of projects.</source>
        <translation>Die Antwort des Servers hat keine „data“-Liste von Projekten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server&apos;s response has no &quot;users&quot; list.</source>
        <translation>Die Antwort des Servers hat keine „users“-Liste.</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../views/overviewdock.cpp" line="+118"/>
        <source>%1: started %2</source>
        <translation>%1: %2 begonnen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sessions started per day</source>
        <translation>Begonnene Sitzungen pro Tag</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>peak %1</source>
        <translation>Spitze %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No start times to chart</source>
        <translation>Keine Anfangszeiten für das Diagramm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <location line="+4"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sessions shown: %1</source>
        <translation>Angezeigte Sitzungen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>started %1 to %2: %3</source>
        <translation>begonnen %1 bis %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>earlier: %1</source>
        <translation>früher: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a start time: %1</source>
        <translation>ohne Anfangszeit: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../models/profiles.cpp" line="+88"/>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Der Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Der Profilname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not contain control characters.</source>
        <translation>Der Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile &quot;%1&quot; needs a server URL.</source>
        <translation>Das Profil „%1“ braucht eine Server-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid server URL; use e.g. https://chat.example.org.</source>
        <translation>„%1“ ist keine gültige Server-URL; verwenden Sie z. B. https://chat.example.org.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenReplay API v1 needs a project key.</source>
        <translation>OpenReplay-API v1 braucht einen Projektschlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default date range must be between 1 and 3660 days.</source>
        <translation>Der Standardzeitraum muss zwischen 1 und 3660 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Die Zeitüberschreitung muss zwischen 1 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate pin must be 64 hexadecimal digits (a SHA-256 digest), colons allowed.</source>
        <translation>Der Zertifikats-Pin muss aus 64 Hexadezimalziffern bestehen (ein SHA-256-Hash), Doppelpunkte sind erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The profile file %1 cannot be read or written.</source>
        <translation>Die Profildatei %1 kann nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile file %1 is malformed; fix or remove it.</source>
        <translation>Die Profildatei %1 ist fehlerhaft; korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The profile file claims %1 profiles; only the first %2 are read.</source>
        <translation>Die Profildatei gibt %1 Profile an; nur die ersten %2 werden gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 of the profile file has no name; it is ignored.</source>
        <translation>Eintrag %1 der Profildatei hat keinen Namen; er wird ignoriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile &quot;%1&quot; has an unknown server kind &quot;%2&quot;; it is ignored.</source>
        <translation>Das Profil „%1“ hat die unbekannte Serverart „%2“; es wird ignoriert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile &quot;%1&quot; is broken: %2</source>
        <translation>Das Profil „%1“ ist fehlerhaft: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not write the profile file %1.</source>
        <translation>Die Profildatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../views/profiledialog.cpp" line="+46"/>
        <source>Server Profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rocket.Chat</source>
        <translation>Rocket.Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay</source>
        <translation>OpenReplay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam</source>
        <translation>Seam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filled in by signing in, or your user id for a personal access token</source>
        <translation>wird bei der Anmeldung ausgefüllt, oder Ihre Benutzer-ID für ein persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own sessions</source>
        <translation>Meine eigenen Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users&apos; sessions (administrator)</source>
        <translation>Sitzungen aller Benutzer (Administrator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign In with Password…</source>
        <translation>Mit Passwort anmelden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with user name, password and two-factor code; the token is kept in the keychain</source>
        <translation>Mit Benutzername, Passwort und Zwei-Faktor-Code anmelden; das Token wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;id:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions:</source>
        <translation>&amp;Sitzungen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v2 (OpenReplay 1.27 and newer)</source>
        <translation>v2 (OpenReplay 1.27 und neuer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v1 (OpenReplay 1.26 and older)</source>
        <translation>v1 (OpenReplay 1.26 und älter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end-user ids, separated by commas</source>
        <translation>Endbenutzer-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay lists the sessions of given users; several users are merged into one table</source>
        <translation>OpenReplay listet die Sitzungen bestimmter Benutzer auf; mehrere Benutzer werden in einer Tabelle zusammengeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API version:</source>
        <translation>&amp;API-Version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the projects this API key can see</source>
        <translation>Die Projekte auflisten, die dieser API-Schlüssel sehen kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the project&apos;s users for the text typed last (id, e-mail or name)</source>
        <translation>Die Benutzer des Projekts nach dem zuletzt eingegebenen Text durchsuchen (ID, E-Mail oder Name)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Project key:</source>
        <translation>&amp;Projektschlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default &amp;range:</source>
        <translation>Standard&amp;zeitraum:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional, for your reference</source>
        <translation>optional, zu Ihrer Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace id:</source>
        <translation>&amp;Workspace-ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept in the keychain; leave empty to keep the stored one</source>
        <translation>wird im Schlüsselbund aufbewahrt; leer lassen, um den gespeicherten zu behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a PEM file with the CA certificates to trust</source>
        <translation>Eine PEM-Datei mit den vertrauenswürdigen CA-Zertifikaten auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional SHA-256 fingerprint of the server certificate</source>
        <translation>optionaler SHA-256-Fingerabdruck des Serverzertifikats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow plain http to this server (insecure: credentials travel unencrypted)</source>
        <translation>Einfaches http zu diesem Server erlauben (unsicher: Zugangsdaten werden unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;pin:</source>
        <translation>Zertifikats-&amp;Pin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitüberschreitung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain http sends your token unencrypted; use it only inside a trusted network.</source>
        <translation>Einfaches http sendet Ihr Token unverschlüsselt; verwenden Sie es nur in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+78"/>
        <source>Save or revert the changes to this profile first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen an diesem Profil.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Personal access &amp;token:</source>
        <translation>Persönliches Zugriffs&amp;token:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy has no credentials yet; enter them and save.</source>
        <translation>Die Kopie hat noch keine Zugangsdaten; geben Sie sie ein und speichern Sie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenReplay needs the project key of the project whose sessions you want to see.</source>
        <translation>OpenReplay braucht den Projektschlüssel des Projekts, dessen Sitzungen Sie sehen möchten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot; and its stored credentials?</source>
        <translation>Das Profil „%1“ und seine gespeicherten Zugangsdaten entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile was kept because its secret could not be removed: %1</source>
        <translation>Das Profil wurde behalten, weil sein Geheimnis nicht entfernt werden konnte: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed &quot;%1&quot; and its credentials.</source>
        <translation>„%1“ und seine Zugangsdaten wurden entfernt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Testing the connection to %1…</source>
        <translation>Teste die Verbindung zu %1 …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the project first.</source>
        <translation>Wählen Sie zuerst das Projekt aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Asking %1…</source>
        <translation>Frage %1 …</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Signed in. Save the profile to keep the sign-in.</source>
        <translation>Angemeldet. Speichern Sie das Profil, um die Anmeldung zu behalten.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../models/demo/demoserver.cpp" line="+437"/>
        <source>The demo server could not listen on 127.0.0.1:%1.</source>
        <translation>Der Demo-Server konnte nicht auf 127.0.0.1:%1 lauschen.</translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message>
        <location filename="../views/quickfilterbar.cpp" line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (none)</source>
        <translation>%1 (keine)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>any user</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions of users whose id or name contains this text</source>
        <translation>Sitzungen von Benutzern, deren ID oder Name diesen Text enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only sessions from this kind of client</source>
        <translation>Nur Sitzungen von dieser Art von Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only sessions from this operating system</source>
        <translation>Nur Sitzungen von diesem Betriebssystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <source>any client</source>
        <translation>alle Clients</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>any OS</source>
        <translation>alle Systeme</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>any address</source>
        <translation>alle Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>An IP address or a range in CIDR form, e.g. 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>Eine IP-Adresse oder ein Bereich in CIDR-Form, z. B. 10.0.0.0/8 oder 2001:db8::/32</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>When the session started</source>
        <translation>Wann die Sitzung begann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between…</source>
        <translation>zwischen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Started at or after</source>
        <translation>Begonnen am oder nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started before</source>
        <translation>Begonnen vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter (Esc)</source>
        <translation>Alle Filter aufheben (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clie&amp;nt:</source>
        <translation>Clie&amp;nt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;OS:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star&amp;ted:</source>
        <translation>Be&amp;gonnen:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>user contains &quot;%1&quot;</source>
        <translation>Benutzer enthält „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address in %1/%2</source>
        <translation>Adresse in %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started %1 – %2</source>
        <translation>begonnen %1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started: %1</source>
        <translation>begonnen: %1</translation>
    </message>
</context>
<context>
    <name>RevokeJob</name>
    <message>
        <location filename="../models/revokejob.cpp" line="+83"/>
        <source>OpenReplay recordings cannot be revoked or deleted one by one; delete the user&apos;s data instead (sessiondesk-cli delete-user-data USER_ID).</source>
        <translation>OpenReplay-Aufzeichnungen können nicht einzeln widerrufen oder gelöscht werden; löschen Sie stattdessen die Daten des Benutzers (sessiondesk-cli delete-user-data USER_ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only Seam client sessions can be deleted; Rocket.Chat sessions are revoked.</source>
        <translation>Nur Seam-Client-Sitzungen können gelöscht werden; Rocket.Chat-Sitzungen werden widerrufen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Canceled before it was sent.</source>
        <translation>Abgebrochen, bevor die Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The code was not accepted; enter the current one.</source>
        <translation>Der Code wurde nicht angenommen; geben Sie den aktuellen ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is rate limiting requests for %2 more seconds; try the rest later.</source>
        <translation>%1 begrenzt die Anfragerate noch %2 Sekunden; versuchen Sie den Rest später.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 rejected the credentials (HTTP 401); sign in again.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP 401); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not allow this account to revoke these sessions (HTTP 403)%2</source>
        <translation>%1 erlaubt diesem Konto nicht, diese Sitzungen zu widerrufen (HTTP 403)%2</translation>
    </message>
</context>
<context>
    <name>RevokeResultsDialog</name>
    <message>
        <location filename="../views/revokeresultsdialog.cpp" line="+46"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone</source>
        <translation>Bereits beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;erneut senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Results</source>
        <translation>Ergebnis des Löschens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke Results</source>
        <translation>Ergebnis des Widerrufs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 revoked</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already gone</source>
        <translation>%1 bereits beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not sent</source>
        <translation>%1 nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sessions marked unknown the connection broke after the request was sent; refresh (F5) to see whether the server ended them.</source>
        <translation>Bei als unbekannt markierten Sitzungen brach die Verbindung ab, nachdem die Anfrage gesendet war; aktualisieren Sie (F5), um zu sehen, ob der Server sie beendet hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list as tab-separated text</source>
        <translation>Die Liste als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing failed that could be sent again</source>
        <translation>Nichts ist fehlgeschlagen, das erneut gesendet werden könnte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send the %n failed or unsent session(s) again</source>
        <translation>
            <numerusform>Die %n fehlgeschlagene oder nicht gesendete Sitzung erneut senden</numerusform>
            <numerusform>Die %n fehlgeschlagenen oder nicht gesendeten Sitzungen erneut senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RocketChatAuth</name>
    <message>
        <location filename="../models/providers/rocketchat/rocketchatauth.cpp" line="+39"/>
        <source>%1 has no Rocket.Chat sign-in at this address (HTTP 404); check the server URL.</source>
        <translation>%1 hat unter dieser Adresse keine Rocket.Chat-Anmeldung (HTTP 404); prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not sign out (HTTP %2)%3</source>
        <translation>%1 hat nicht abgemeldet (HTTP %2)%3</translation>
    </message>
</context>
<context>
    <name>RocketChatClient</name>
    <message>
        <location filename="../models/providers/rocketchat/rocketchatclient.cpp" line="+56"/>
        <source>Rocket.Chat needs a user id and an auth token (or personal access token).</source>
        <translation>Rocket.Chat braucht eine Benutzer-ID und ein Auth-Token (oder ein persönliches Zugriffstoken).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>The server rate-limited the fetch; SessionDesk waited for it.</source>
        <translation>Der Server hat den Abruf gebremst; SessionDesk hat gewartet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (sessions %2 to %3): %4</source>
        <translation>%1 (Sitzungen %2 bis %3): %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reports %2 sessions, more than the limit of %3 per fetch.</source>
        <translation>%1 meldet %2 Sitzungen, mehr als die Grenze von %3 pro Abruf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 sent more than the limit of %2 sessions per fetch.</source>
        <translation>%1 hat mehr als die Grenze von %2 Sitzungen pro Abruf gesendet.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 rejected the credentials (HTTP 401%2); check the user id and token, or sign in again.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP 401%2); prüfen Sie Benutzer-ID und Token oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 denied access to the session list (HTTP 403)%2</source>
        <translation>%1 hat den Zugriff auf die Sitzungsliste verweigert (HTTP 403)%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no session list at this address (HTTP 404); Device Management needs Rocket.Chat 5.0 or newer.</source>
        <translation>%1 hat unter dieser Adresse keine Sitzungsliste (HTTP 404); die Geräteverwaltung braucht Rocket.Chat 5.0 oder neuer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is rate limiting requests (HTTP 429); try again in %2 seconds.</source>
        <translation>%1 begrenzt die Anfragerate (HTTP 429); versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is rate limiting requests (HTTP 429); try again later.</source>
        <translation>%1 begrenzt die Anfragerate (HTTP 429); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not allow Device Management; it needs an Enterprise licence.</source>
        <translation>%1 erlaubt keine Geräteverwaltung; sie braucht eine Enterprise-Lizenz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had a server error (HTTP %2)%3</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2)%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 antwortete mit HTTP %2%3</translation>
    </message>
</context>
<context>
    <name>RocketChatParser</name>
    <message>
        <location filename="../models/providers/rocketchat/rocketchatparser.cpp" line="+37"/>
        <source>The server&apos;s response has no &quot;sessions&quot; list.</source>
        <translation>Die Antwort des Servers hat keine „sessions“-Liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s response has an invalid &quot;total&quot;.</source>
        <translation>Die Antwort des Servers hat einen ungültigen „total“-Wert.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The server sent an empty answer to the sign-in.</source>
        <translation>Der Server hat auf die Anmeldung leer geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer to the sign-in is not JSON; check the server URL.</source>
        <translation>Die Antwort des Servers auf die Anmeldung ist kein JSON; prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server accepted the sign-in but sent no user id or token.</source>
        <translation>Der Server hat die Anmeldung angenommen, aber keine Benutzer-ID und kein Token gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected answer to the sign-in (HTTP %1).</source>
        <translation>Unerwartete Antwort auf die Anmeldung (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>SeamClient</name>
    <message>
        <location filename="../models/providers/seam/seamclient.cpp" line="+44"/>
        <source>Seam needs an API key.</source>
        <translation>Seam braucht einen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rejected the API key (HTTP %2); check it in the profile.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2); prüfen Sie ihn im Profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SeamParser</name>
    <message>
        <location filename="../models/providers/seam/seamparser.cpp" line="+44"/>
        <source>The server&apos;s response has no &quot;client_sessions&quot; list.</source>
        <translation>Die Antwort des Servers hat keine „client_sessions“-Liste.</translation>
    </message>
</context>
<context>
    <name>SessionColumns</name>
    <message>
        <location filename="../models/session.cpp" line="+23"/>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type</source>
        <translation>Client-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP / location</source>
        <translation>IP / Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>SessionConditions</name>
    <message>
        <location filename="../models/sessionconditions.cpp" line="+16"/>
        <source>&quot;%1&quot; is not an address range. Write it as an address, a slash and the prefix length, e.g. 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>„%1“ ist kein Adressbereich. Schreiben Sie eine Adresse, einen Schrägstrich und die Präfixlänge, z. B. 10.0.0.0/8 oder 2001:db8::/32.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an IP address. Write an address (192.0.2.7, 2001:db8::1) or a range (10.0.0.0/8).</source>
        <translation>„%1“ ist keine IP-Adresse. Schreiben Sie eine Adresse (192.0.2.7, 2001:db8::1) oder einen Bereich (10.0.0.0/8).</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../models/providers/sessiondetails.cpp" line="+32"/>
        <source>OpenReplay&apos;s public API has no call for a single session; the listed fields are all there is.</source>
        <translation>Die öffentliche API von OpenReplay hat keinen Aufruf für eine einzelne Sitzung; die aufgelisteten Felder sind alles, was es gibt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 no longer knows this session.</source>
        <translation>%1 kennt diese Sitzung nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <location filename="../models/session.cpp" line="+150"/>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop app</source>
        <translation>Desktop-App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile browser</source>
        <translation>Mobiler Browser</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/signindialog.cpp" line="+44"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the Rocket.Chat server &lt;b&gt;%1&lt;/b&gt;. SessionDesk keeps the resulting token in your keychain, never your password.</source>
        <translation>Beim Rocket.Chat-Server &lt;b&gt;%1&lt;/b&gt; anmelden. SessionDesk bewahrt das erhaltene Token in Ihrem Schlüsselbund auf, niemals Ihr Passwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user name or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the code sent to your e-mail address</source>
        <translation>der an Ihre E-Mail-Adresse gesendete Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code from your authenticator app</source>
        <translation>der Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for a second factor. Enter %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; verlangt einen zweiten Faktor. Geben Sie %2 ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../models/signin.cpp" line="+39"/>
        <location line="+14"/>
        <source>Sign-in canceled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The code was not accepted; enter a new one.</source>
        <translation>Der Code wurde nicht angenommen; geben Sie einen neuen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code was wrong or has expired; enter the current one.</source>
        <translation>Der Code war falsch oder ist abgelaufen; geben Sie den aktuellen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password was not accepted.</source>
        <translation>Benutzername oder Passwort wurden nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+37"/>
        <source>Unexpected argument &quot;%1&quot;: give a server with --url or --profile.</source>
        <translation>Unerwartetes Argument „%1“: Geben Sie einen Server mit --url oder --profile an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--demo-sessions needs --demo.</source>
        <translation>--demo-sessions setzt --demo voraus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass either --demo or --profile, not both.</source>
        <translation>Geben Sie entweder --demo oder --profile an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--demo opens the embedded demo server, which does not take --%1.</source>
        <translation>--demo öffnet den eingebauten Demo-Server, der --%1 nicht annimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass either --profile or --url, not both.</source>
        <translation>Geben Sie entweder --profile oder --url an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 belongs to a one-off connection (--url); profile &quot;%2&quot; keeps its own settings, which Server &gt; Profiles changes.</source>
        <translation>--%1 gehört zu einer einmaligen Verbindung (--url); das Profil „%2“ behält seine eigenen Einstellungen, die Server &gt; Profile ändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 belongs to a one-off connection: give the server with --url too.</source>
        <translation>--%1 gehört zu einer einmaligen Verbindung: Geben Sie auch den Server mit --url an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Browse, filter, export and revoke server login sessions.</source>
        <translation>Die Anmeldesitzungen von Servern durchsuchen, filtern, exportieren und widerrufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the embedded demo server and open its sessions.</source>
        <translation>Den eingebauten Demo-Server starten und seine Sitzungen öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of demo sessions (default 5000).</source>
        <translation>Anzahl der Demo-Sitzungen (Standard: 5000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the saved profile NAME (default: the one used last).</source>
        <translation>Das gespeicherte Profil NAME öffnen (Standard: das zuletzt verwendete).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write profiles in FILE instead of %1.</source>
        <translation>Profile in FILE statt in %1 lesen und schreiben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--demo-sessions needs a number between 0 and 100000000.</source>
        <translation>--demo-sessions braucht eine Zahl zwischen 0 und 100000000.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SessionDesk</source>
        <translation>SessionDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo server: user &quot;%1&quot; or &quot;%2&quot; (two-factor code %3), password &quot;%4&quot;.</source>
        <translation>Demo-Server: Benutzer „%1“ oder „%2“ (Zwei-Faktor-Code %3), Passwort „%4“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo Rocket.Chat</source>
        <translation>Demo-Rocket.Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo OpenReplay</source>
        <translation>Demo-OpenReplay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Seam</source>
        <translation>Demo-Seam</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
</TS>

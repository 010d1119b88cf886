<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/auditlog.cpp" line="+73"/>
        <source>Could not write the audit log %1: %2</source>
        <translation>Impossible d’écrire le journal d’audit %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the audit log %1: %2</source>
        <translation>Impossible de lire le journal d’audit %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../views/auditlogdialog.cpp" line="+30"/>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter (profile, session, user, outcome…)</source>
        <translation>Filtrer (profil, session, utilisateur, résultat…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n entries in %1</source>
        <translation>
            <numerusform>%n entrée dans %1</numerusform>
            <numerusform>%n entrées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unreadable line(s) skipped.</source>
        <translation>
            <numerusform>%n ligne illisible ignorée.</numerusform>
            <numerusform>%n lignes illisibles ignorées.</numerusform>
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
        <translation>Usage : sessiondesk-cli COMMAND [options]

Commandes :
  list          Lister les sessions d’un serveur.
  profiles      Lister, ajouter ou supprimer des serveurs enregistrés (list | add NAME | remove NAME).
  revoke        Révoquer des sessions par identifiant (demande d’abord, sauf avec --yes).
  delete        Supprimer des sessions client Seam par identifiant (demande d’abord, sauf avec --yes).
  delete-user-data  Supprimer ce qu’OpenReplay a enregistré sur des utilisateurs (demande d’abord, sauf avec --yes).
  audit         Afficher le registre des révocations.
  projects      OpenReplay : lister les projets (clé, identifiant, nom).
  users         OpenReplay : chercher des utilisateurs finaux (--search TEXT) : identifiant, e-mail, nom.
  demo-server   Exécuter le serveur de démonstration intégré jusqu’à interruption.

Lancez « sessiondesk-cli COMMAND --help » pour les options d’une commande.
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SessionDesk command line</source>
        <translation>Ligne de commande SessionDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write profiles in FILE instead of %1.</source>
        <translation>Lire et écrire les profils dans FILE au lieu de %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unknown column &quot;%1&quot;; known columns: %2.</source>
        <translation>Colonne « %1 » inconnue ; colonnes connues : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--columns needs at least one column.</source>
        <translation>--columns demande au moins une colonne.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not write the output: %1</source>
        <translation>Impossible d’écrire la sortie : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no profile named &quot;%1&quot;; run sessiondesk-cli profiles list.</source>
        <translation>Aucun profil nommé « %1 » ; lancez sessiondesk-cli profiles list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile &quot;%1&quot; is not signed in: no credentials are stored in the keychain. Sign in from SessionDesk, or run sessiondesk-cli profiles add again with --token-env VAR.</source>
        <translation>Le profil « %1 » n’est pas connecté : aucun identifiant n’est enregistré dans le trousseau. Connectez-vous depuis SessionDesk, ou relancez sessiondesk-cli profiles add avec --token-env VAR.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pass either --profile or --url, not both.</source>
        <translation>Indiquez soit --profile soit --url, pas les deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is part of profile &quot;%2&quot;: save it again with sessiondesk-cli profiles add %2 --replace to change it.</source>
        <translation>--%1 fait partie du profil « %2 » : enregistrez-le de nouveau avec sessiondesk-cli profiles add %2 --replace pour le changer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+581"/>
        <source>Unknown format &quot;%1&quot;; use table or json.</source>
        <translation>Format « %1 » inconnu ; utilisez table ou json.</translation>
    </message>
    <message>
        <location line="-579"/>
        <source>No profiles yet; add one with sessiondesk-cli profiles add NAME --kind KIND --url URL …</source>
        <translation>Aucun profil pour l’instant ; ajoutez-en un avec sessiondesk-cli profiles add NAME --kind KIND --url URL …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A profile named &quot;%1&quot; already exists; pass --replace to overwrite it.</source>
        <translation>Un profil nommé « %1 » existe déjà ; indiquez --replace pour le remplacer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved profile &quot;%1&quot; without credentials; sign in from SessionDesk or add them with --token-env VAR.</source>
        <translation>Profil « %1 » enregistré sans identifiants ; connectez-vous depuis SessionDesk ou ajoutez-les avec --token-env VAR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved profile &quot;%1&quot;; its secret is in the keychain.</source>
        <translation>Profil « %1 » enregistré ; son secret est dans le trousseau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil nommé « %1 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile &quot;%1&quot; was kept because its secret could not be removed from the keychain: %2</source>
        <translation>Le profil « %1 » a été conservé car son secret n’a pas pu être retiré du trousseau : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed profile &quot;%1&quot; and its secret.</source>
        <translation>Profil « %1 » et son secret supprimés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list, add NAME or remove NAME.</source>
        <translation>list, add NAME ou remove NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles add: overwrite an existing profile of the same name.</source>
        <translation>profiles add : remplacer un profil existant du même nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profiles list: table or json (default table).</source>
        <translation>profiles list : table ou json (table par défaut).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: sessiondesk-cli profiles list | add NAME --kind KIND --url URL … | remove NAME</source>
        <translation>Usage : sessiondesk-cli profiles list | add NAME --kind KIND --url URL … | remove NAME</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+166"/>
        <location line="+136"/>
        <location line="+63"/>
        <source>Use the saved profile NAME (its secret comes from the keychain).</source>
        <translation>Utiliser le profil enregistré NAME (son secret vient du trousseau).</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Only sessions whose shown text contains TEXT (case-insensitive).</source>
        <translation>Uniquement les sessions dont le texte affiché contient TEXT (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by COLUMN, ascending unless :desc is given.</source>
        <translation>Trier selon COLUMN, par ordre croissant sauf si :desc est indiqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated columns to output (default: all): %1.</source>
        <translation>Colonnes à afficher, séparées par des virgules (par défaut : toutes) : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Format de sortie : table, csv ou json (table par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>Écrire dans FILE (de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;; use table, csv or json.</source>
        <translation>Format « %1 » inconnu ; utilisez table, csv ou json.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot sort by &quot;%1&quot;; known columns: %2.</source>
        <translation>Impossible de trier selon « %1 » ; colonnes connues : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort direction must be asc or desc, not &quot;%1&quot;.</source>
        <translation>Le sens du tri doit être asc ou desc, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing %1 sessions is not supported yet.</source>
        <translation>Lister les sessions %1 n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Note: the server&apos;s session count changed while paging; the list may be incomplete.</source>
        <translation>Remarque : le nombre de sessions du serveur a changé pendant la pagination ; la liste est peut-être incomplète.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sessions to delete.</source>
        <translation>Les sessions à supprimer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The sessions to revoke.</source>
        <translation>Les sessions à révoquer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Rocket.Chat second factor for revoking other users&apos; sessions: totp, email or password (default totp).</source>
        <translation>Second facteur Rocket.Chat pour révoquer les sessions d’autres utilisateurs : totp, email ou password (totp par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the environment variable holding the two-factor code (or the password for --2fa-method password).</source>
        <translation>Nom de la variable d’environnement contenant le code à deux facteurs (ou le mot de passe avec --2fa-method password).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name at least one session id: sessiondesk-cli %1 SESSION_ID...</source>
        <translation>Indiquez au moins un identifiant de session : sessiondesk-cli %1 SESSION_ID...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 narrows a list; %2 acts on exactly the session ids given.</source>
        <translation>--%1 restreint une liste ; %2 agit exactement sur les identifiants de session donnés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--2fa-method must be totp, email or password.</source>
        <translation>--2fa-method doit valoir totp, email ou password.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenReplay recordings cannot be revoked or deleted one by one; to erase a user&apos;s recordings run sessiondesk-cli delete-user-data USER_ID.</source>
        <translation>Les enregistrements OpenReplay ne peuvent pas être révoqués ou supprimés un par un ; pour effacer les enregistrements d’un utilisateur, lancez sessiondesk-cli delete-user-data USER_ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only Seam client sessions can be deleted; revoke Rocket.Chat sessions instead.</source>
        <translation>Seules les sessions client Seam peuvent être supprimées ; révoquez plutôt les sessions Rocket.Chat.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n session(s) on %1? [y/N] </source>
        <translation>
            <numerusform>Supprimer %n session sur %1 ? [y/N] </numerusform>
            <numerusform>Supprimer %n sessions sur %1 ? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Revoke %n session(s) on %1? The devices will be signed out. [y/N] </source>
        <translation>
            <numerusform>Révoquer %n session sur %1 ? L’appareil sera déconnecté. [y/N] </numerusform>
            <numerusform>Révoquer %n sessions sur %1 ? Les appareils seront déconnectés. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing to revoke without confirmation: standard input is not a terminal; pass --yes.</source>
        <translation>Révocation sans confirmation refusée : l’entrée standard n’est pas un terminal ; indiquez --yes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Nothing deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Nothing revoked.</source>
        <translation>Rien n’a été révoqué.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already gone</source>
        <translation>déjà terminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>not sent: %1</source>
        <translation>non envoyée : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (refresh to see): %1</source>
        <translation>inconnu (actualisez pour voir) : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Two-factor code (%1) for %2: </source>
        <translation>Code à deux facteurs (%1) pour %2 : </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for a second factor: pass --2fa-env VAR (and --2fa-method) or run on a terminal.</source>
        <translation>%1 demande un second facteur : indiquez --2fa-env VAR (et --2fa-method) ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate limited by the server; waiting %1 s.</source>
        <translation>Le serveur limite le débit des requêtes ; attente de %1 s.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The OpenReplay end users whose recorded data to delete.</source>
        <translation>Les utilisateurs finaux OpenReplay dont les données enregistrées doivent être supprimées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name at least one user id: sessiondesk-cli delete-user-data USER_ID...</source>
        <translation>Indiquez au moins un identifiant d’utilisateur : sessiondesk-cli delete-user-data USER_ID...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete-user-data is for OpenReplay; use revoke for other servers.</source>
        <translation>delete-user-data est destiné à OpenReplay ; utilisez revoke pour les autres serveurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>OpenReplay needs the project key (--project-key, or in the profile).</source>
        <translation>OpenReplay a besoin de la clé de projet (--project-key, ou dans le profil).</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Delete everything %1 recorded about %2? This cannot be undone. [y/N] </source>
        <translation>Supprimer tout ce que %1 a enregistré sur %2 ? Cette action est irréversible. [y/N] </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing to delete without confirmation: standard input is not a terminal; pass --yes.</source>
        <translation>Suppression sans confirmation refusée : l’entrée standard n’est pas un terminal ; indiquez --yes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>deletion accepted</source>
        <translation>suppression acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletion already scheduled</source>
        <translation>suppression déjà planifiée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>users: only users whose id, e-mail or name contains TEXT.</source>
        <translation>users : uniquement les utilisateurs dont l’identifiant, l’e-mail ou le nom contient TEXT.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Projects and users are looked up on OpenReplay servers only.</source>
        <translation>Les projets et les utilisateurs ne se consultent que sur les serveurs OpenReplay.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>table or json (JSON Lines, as stored; default table).</source>
        <translation>table ou json (JSON Lines, tel qu’enregistré ; table par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the last N entries.</source>
        <translation>Uniquement les N dernières entrées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--limit needs a positive number.</source>
        <translation>--limit demande un nombre positif.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 unreadable lines in %2 were skipped.</source>
        <translation>%1 lignes illisibles dans %2 ont été ignorées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port on 127.0.0.1 (default: a free port).</source>
        <translation>Port sur 127.0.0.1 (par défaut : un port libre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of generated sessions (default 5000).</source>
        <translation>Nombre de sessions générées (5000 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the generated data (default 1).</source>
        <translation>Graine des données générées (1 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold each page of the session list back this many milliseconds, like a distant server (default 0).</source>
        <translation>Retenir chaque page de la liste des sessions pendant ce nombre de millisecondes, comme un serveur distant (0 par défaut).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--latency needs a number of milliseconds between 0 and 60000.</source>
        <translation>--latency demande un nombre de millisecondes entre 0 et 60000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port needs a number between 0 and 65535.</source>
        <translation>--port demande un nombre entre 0 et 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sessions needs a number between 0 and 100000000.</source>
        <translation>--sessions demande un nombre entre 0 et 100000000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--seed needs a non-negative number.</source>
        <translation>--seed demande un nombre positif ou nul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not listen on 127.0.0.1:%1; is the port in use?</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1 ; le port est-il occupé ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set up signal handling.</source>
        <translation>Impossible de mettre en place la gestion des signaux.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &quot;%1&quot;; run sessiondesk-cli --help for the list of commands.</source>
        <translation>Commande « %1 » inconnue ; lancez sessiondesk-cli --help pour la liste des commandes.</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <location filename="../app/connectionoptions.cpp" line="+70"/>
        <source>Server base URL, e.g. https://chat.example.org.</source>
        <translation>URL de base du serveur, par ex. https://chat.example.org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rocket.Chat user id (X-User-Id).</source>
        <translation>Identifiant d’utilisateur Rocket.Chat (X-User-Id).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the sessions of this user: its id, or its user name, exactly; repeat for several users. OpenReplay lists sessions per end user and needs at least one.</source>
        <translation>Seulement les sessions de cet utilisateur : son identifiant ou son nom d’utilisateur, exactement ; répétez pour plusieurs utilisateurs. OpenReplay liste les sessions par utilisateur final et en demande au moins un.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name of the environment variable that holds the token or API key.</source>
        <translation>Nom de la variable d’environnement qui contient le jeton ou la clé d’API.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Allow plain http to a host other than this machine (insecure).</source>
        <translation>Autoriser le http non chiffré vers une autre machine que celle-ci (non sécurisé).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>--%1 needs a number between %2 and %3.</source>
        <translation>--%1 demande un nombre entre %2 et %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--%1 applies to %2 servers only, and this one is %3.</source>
        <translation>--%1 ne s’applique qu’aux serveurs %2, et celui-ci est un serveur %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server kind: rocketchat, openreplay or seam (default rocketchat).</source>
        <translation>Type de serveur : rocketchat, openreplay ou seam (rocketchat par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rocket.Chat: the sessions of all users (needs the view-device-management permission).</source>
        <translation>Rocket.Chat : les sessions de tous les utilisateurs (nécessite la permission view-device-management).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay project key.</source>
        <translation>Clé de projet OpenReplay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay API version: 1, 2 or auto (default auto).</source>
        <translation>Version de l’API OpenReplay : 1, 2 ou auto (auto par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam workspace id (for display).</source>
        <translation>Identifiant de l’espace de travail Seam (pour l’affichage).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d’AC de ce fichier PEM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept only a server certificate with this SHA-256 fingerprint (hex).</source>
        <translation>N’accepter qu’un certificat serveur ayant cette empreinte SHA-256 (hex).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up when the server sends nothing for this many seconds (default 30).</source>
        <translation>Abandonner quand le serveur n’envoie rien pendant ce nombre de secondes (30 par défaut).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the token or API key from the first line of standard input.</source>
        <translation>Lire le jeton ou la clé d’API sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest accepted response in MiB (default 64).</source>
        <translation>Plus grande réponse acceptée, en Mio (64 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seam: only client sessions of this user identifier key.</source>
        <translation>Seam : uniquement les sessions client de cette clé d’identifiant utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: only client sessions of this Connect Webview.</source>
        <translation>Seam : uniquement les sessions client de cette Connect Webview.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: only client sessions of this user identity.</source>
        <translation>Seam : uniquement les sessions client de cette identité utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: only client sessions without a user identifier key.</source>
        <translation>Seam : uniquement les sessions client sans clé d’identifiant utilisateur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown server kind &quot;%1&quot;; use rocketchat, openreplay or seam.</source>
        <translation>Type de serveur « %1 » inconnu ; utilisez rocketchat, openreplay ou seam.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--api-version must be 1, 2 or auto.</source>
        <translation>--api-version doit valoir 1, 2 ou auto.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--%1 needs an ISO 8601 time such as 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--%1 demande une date ISO 8601 comme 2026-11-01 ou 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pass either --token-env or --token-stdin, not both.</source>
        <translation>Indiquez soit --token-env soit --token-stdin, pas les deux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read standard input.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--token-stdin read nothing: pipe the token into standard input.</source>
        <translation>--token-stdin n’a rien lu : envoyez le jeton sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No credentials given: pass --token-env VAR naming an environment variable that holds the token, or --token-stdin.</source>
        <translation>Aucun identifiant fourni : indiquez --token-env VAR, le nom d’une variable d’environnement contenant le jeton, ou --token-stdin.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>No server given: pass --url URL.</source>
        <translation>Aucun serveur indiqué : indiquez --url URL.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Only sessions started at or after this time (ISO 8601; OpenReplay&apos;s default: the profile&apos;s range, 30 days).</source>
        <translation>Seulement les sessions commencées à partir de cette date (ISO 8601 ; par défaut pour OpenReplay : la période du profil, 30 jours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only sessions started before this time (ISO 8601; default now).</source>
        <translation>Seulement les sessions commencées avant cette date (ISO 8601 ; par défaut : maintenant).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rocket.Chat needs --user-id ID.</source>
        <translation>Rocket.Chat a besoin de --user-id ID.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The environment variable %1 named by --token-env is not set or empty.</source>
        <translation>La variable d’environnement %1 désignée par --token-env n’est pas définie ou est vide.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../models/providers/connectiontest.cpp" line="+37"/>
        <source>%1 rejected the credentials (HTTP %2); check the API key or sign in again.</source>
        <translation>%1 a refusé les identifiants (HTTP %2) ; vérifiez la clé d’API ou reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1. Sessions: %2.</source>
        <translation>Connecté à %1. Sessions : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>OpenReplay API v1 needs the project key to test the connection.</source>
        <translation>L’API OpenReplay v1 a besoin de la clé de projet pour tester la connexion.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected to %1 (OpenReplay API v1).</source>
        <translation>Connecté à %1 (API OpenReplay v1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to %1 (OpenReplay API v2). Projects: %2.</source>
        <translation>Connecté à %1 (API OpenReplay v2). Projets : %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected to %1: workspace &quot;%2&quot;.</source>
        <translation>Connecté à %1 : espace de travail « %2 ».</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../models/credentialstore.cpp" line="+30"/>
        <source>The keychain denied access (%1); unlock it and allow SessionDesk, or use --token-env.</source>
        <translation>Le trousseau a refusé l’accès (%1) ; déverrouillez-le et autorisez SessionDesk, ou utilisez --token-env.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No Secret Service is running: install and unlock gnome-keyring or KWallet, or use --token-env.</source>
        <translation>Aucun Secret Service n’est actif : installez et déverrouillez gnome-keyring ou KWallet, ou utilisez --token-env.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/csvwriter.cpp" line="+37"/>
        <source>Could not write: %1</source>
        <translation>Échec de l’écriture : %1</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>The export was canceled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>DetailsDock</name>
    <message>
        <location filename="../views/detailsdock.cpp" line="+20"/>
        <location line="+67"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Load from Server</source>
        <translation>&amp;Charger depuis le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;JSON</source>
        <translation>Copier le &amp;JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a value to copy it</source>
        <translation>Double-cliquez sur une valeur pour la copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s own record of this session appears here.</source>
        <translation>L’enregistrement propre au serveur de cette session apparaît ici.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Session ID</source>
        <translation>Identifiant de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP / location</source>
        <translation>IP / emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (local)</source>
        <translation>Début (local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask the server for everything it knows about this session</source>
        <translation>Demander au serveur tout ce qu’il sait de cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay has no call for a single session.</source>
        <translation>OpenReplay n’a pas d’appel pour une session seule.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+30"/>
        <source>All %1 rows &amp;shown (filtered and sorted as in the table)</source>
        <translation>Les %1 lignes &amp;affichées (filtrées et triées comme dans le tableau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the %1 selec&amp;ted rows</source>
        <translation>Seulement les %1 lignes s&amp;électionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;columns shown, in their order</source>
        <translation>Les &amp;colonnes affichées, dans leur ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All columns</source>
        <translation>&amp;Toutes les colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with a &amp;byte-order mark (for spreadsheet applications)</source>
        <translation>Commencer par une marque d’ordre des &amp;octets (pour les tableurs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Export Sessions</source>
        <translation>Exporter les sessions</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Select rows in the table first</source>
        <translation>Sélectionnez d’abord des lignes dans le tableau</translation>
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
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../models/net/httpclient.cpp" line="+59"/>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>Impossible de se connecter à %1 : la connexion a été refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name in %1 could not be resolved.</source>
        <translation>Le nom du serveur dans %1 n’a pas pu être résolu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection in the middle of its answer.</source>
        <translation>%1 a fermé la connexion au milieu de sa réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection without answering; SessionDesk did not send the request again, so it is not known whether the server carried it out.</source>
        <translation>%1 a fermé la connexion sans répondre ; SessionDesk n’a pas renvoyé la requête, on ne sait donc pas si le serveur l’a exécutée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent nothing for %2 seconds; the request was abandoned.</source>
        <translation>%1 n’a rien envoyé pendant %2 secondes ; la requête a été abandonnée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 redirected too many times.</source>
        <translation>%1 a redirigé trop de fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The CA certificate file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Le fichier de certificats d’AC %1 est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a valid server URL.</source>
        <translation>« %1 » n’est pas une URL de serveur valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server URLs must not contain a user name or password; use the keychain instead.</source>
        <translation>Les URL de serveur ne doivent contenir ni nom d’utilisateur ni mot de passe ; utilisez plutôt le trousseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported URL scheme &quot;%1&quot;: use https:// (or http:// for a server on this machine).</source>
        <translation>Schéma d’URL « %1 » non pris en charge : utilisez https:// (ou http:// pour un serveur sur cette machine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing to send credentials over plain http to %1: use https://, or allow insecure http for this server explicitly.</source>
        <translation>Refus d’envoyer des identifiants en http non chiffré à %1 : utilisez https://, ou autorisez explicitement le http non sécurisé pour ce serveur.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+94"/>
        <source>%1 redirected to %2; SessionDesk does not follow redirects to another server because they would carry your credentials.</source>
        <translation>%1 a redirigé vers %2 ; SessionDesk ne suit pas les redirections vers un autre serveur, car elles emporteraient vos identifiants.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>La connexion sécurisée à %1 a été refusée : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of %1 does not match the pinned SHA-256 fingerprint (it has %2).</source>
        <translation>Le certificat de %1 ne correspond pas à l’empreinte SHA-256 épinglée (il a %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <source>The response from %1 is larger than the limit of %2 MiB.</source>
        <translation>La réponse de %1 dépasse la limite de %2 Mio.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 did not finish answering within %2 seconds.</source>
        <translation>%1 n’a pas fini de répondre en %2 secondes.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+67"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 redirected a change to %2; SessionDesk sends a change only once and does not follow redirects for it.</source>
        <translation>%1 a redirigé une modification vers %2 ; SessionDesk n’envoie une modification qu’une fois et ne suit pas de redirection pour elle.</translation>
    </message>
</context>
<context>
    <name>JsonUtil</name>
    <message>
        <location filename="../models/providers/jsonutil.cpp" line="+132"/>
        <source>The server answered with an HTML page instead of JSON; check the server URL.</source>
        <translation>Le serveur a répondu par une page HTML au lieu de JSON ; vérifiez l’URL du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent an empty response instead of a sessions list.</source>
        <translation>Le serveur a envoyé une réponse vide au lieu d’une liste de sessions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent malformed JSON (%1).</source>
        <translation>Le serveur a envoyé du JSON mal formé (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s response is not a JSON object.</source>
        <translation>La réponse du serveur n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server reported a failure without a reason.</source>
        <translation>Le serveur a signalé un échec sans raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 a répondu HTTP %2%3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+205"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the sessions again (F5)</source>
        <translation>Recharger les sessions (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Loading</source>
        <translation>&amp;Arrêter le chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading sessions</source>
        <translation>Arrêter le chargement des sessions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit and test server profiles (Ctrl+Shift+P)</source>
        <translation>Ajouter, modifier et tester des profils de serveur (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End this sign-in on the server and forget its token</source>
        <translation>Mettre fin à cette connexion sur le serveur et oublier son jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revoke Sessions…</source>
        <translation>&amp;Révoquer les sessions…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Sessions…</source>
        <translation>&amp;Supprimer les sessions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seam: delete the selected client sessions</source>
        <translation>Seam : supprimer les sessions client sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;User Data…</source>
        <translation>Supprimer les données &amp;utilisateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay: delete everything recorded about the selected rows&apos; users</source>
        <translation>OpenReplay : supprimer tout ce qui a été enregistré sur les utilisateurs des lignes sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Replay</source>
        <translation>Ouvrir le &amp;replay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay: watch the current row&apos;s recording in the browser</source>
        <translation>OpenReplay : regarder l’enregistrement de la ligne courante dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows as tab-separated text (pastes into spreadsheets)</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations (se colle dans un tableur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All Servers in One Table</source>
        <translation>&amp;Tous les serveurs dans une table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every server&apos;s sessions merged, with a Server column (Ctrl+Shift+A)</source>
        <translation>Les sessions de tous les serveurs réunies, avec une colonne Serveur (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;essions</source>
        <translation>S&amp;essions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit &amp;Log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every revocation and deletion, from this window and the CLI (Ctrl+L)</source>
        <translation>Chaque révocation et suppression, depuis cette fenêtre et la CLI (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Auto-Refresh</source>
        <translation>&amp;Actualisation automatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Off</source>
        <translation>&amp;Désactivée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;30 Seconds</source>
        <translation>Toutes les &amp;30 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every &amp;Minute</source>
        <translation>Toutes les &amp;minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 Minutes</source>
        <translation>Toutes les &amp;5 minutes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About SessionDesk</source>
        <translation>À &amp;propos de SessionDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SessionDesk</source>
        <translation>À propos de SessionDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;Browse, filter, export and revoke the login sessions of the servers you run.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;Parcourir, filtrer, exporter et révoquer les sessions de connexion des serveurs que vous administrez.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
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
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server whose sessions are shown</source>
        <translation>Le serveur dont les sessions sont affichées</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Filter sessions (Ctrl+F): user, device, OS, IP, date…</source>
        <translation>Filtrer les sessions (Ctrl+F) : utilisateur, appareil, système, IP, date…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;h2&gt;No server yet&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Add a server profile…&lt;/a&gt; (Ctrl+Shift+P) for your Rocket.Chat, OpenReplay or Seam server, or start SessionDesk with &lt;tt&gt;--demo&lt;/tt&gt; to explore generated sessions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun serveur pour l’instant&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Ajoutez un profil de serveur…&lt;/a&gt; (Ctrl+Maj+P) pour votre serveur Rocket.Chat, OpenReplay ou Seam, ou lancez SessionDesk avec &lt;tt&gt;--demo&lt;/tt&gt; pour explorer des sessions générées.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Quick Filters</source>
        <translation>&amp;Filtres rapides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by user, client, OS, address range and time (Ctrl+Shift+F)</source>
        <translation>Filtrer par utilisateur, client, système, plage d’adresses et date (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sort By</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort By…</source>
        <translation>Trier par…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions started per day and the split by client and OS, for the rows shown (Ctrl+Shift+O)</source>
        <translation>Sessions commencées par jour et répartition par client et système, pour les lignes affichées (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>reading the keychain</source>
        <translation>lecture du trousseau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not signed in; open it on its own to sign in.</source>
        <translation>non connecté ; ouvrez-le seul pour vous connecter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+270"/>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1 sessions from %2 of %3 servers in %4 s.</source>
        <translation>%1 sessions chargées depuis %2 serveurs sur %3 en %4 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+418"/>
        <source>%n new since the last refresh (in bold).</source>
        <translation>
            <numerusform>%n nouvelle depuis la dernière actualisation (en gras).</numerusform>
            <numerusform>%n nouvelles depuis la dernière actualisation (en gras).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-416"/>
        <source>Not loaded: %1</source>
        <translation>Non chargés : %1</translation>
    </message>
    <message>
        <location line="+487"/>
        <source>text &quot;%1&quot;</source>
        <translation>texte « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtered by %1. Esc in the filter clears it.</source>
        <translation>Filtré par %1. Échap dans le filtre l’efface.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session matches the filter. Press Esc in the filter to clear it.</source>
        <translation>Aucune session ne correspond au filtre. Appuyez sur Échap dans le filtre pour l’effacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recorded sessions for these users in this date range. Widen the range or add users in the profile (Ctrl+Shift+P), then refresh (F5).</source>
        <translation>Aucune session enregistrée pour ces utilisateurs sur cette période. Élargissez la période ou ajoutez des utilisateurs dans le profil (Ctrl+Maj+P), puis actualisez (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this server. Refresh (F5) to look again.</source>
        <translation>Aucune session sur ce serveur. Actualisez (F5) pour vérifier à nouveau.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting %1 sessions…</source>
        <translation>Export de %1 sessions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Croissant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Server Order</source>
        <translation>Ordre du &amp;serveur</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the filter, then the quick filters (in the filter)</source>
        <translation>Effacer le filtre, puis les filtres rapides (dans le filtre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down, Enter</source>
        <translation>Bas, Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On to the rows found (in the filter)</source>
        <translation>Aller aux lignes trouvées (dans le filtre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key</source>
        <translation>Touche Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected rows&apos; actions (in the table)</source>
        <translation>Les actions des lignes sélectionnées (dans le tableau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows, Ctrl+A</source>
        <translation>Maj+flèches, Ctrl+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select rows (in the table)</source>
        <translation>Sélectionner des lignes (dans le tableau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenReplay recordings cannot be revoked; delete the user&apos;s data instead.</source>
        <translation>Les enregistrements OpenReplay ne peuvent pas être révoqués ; supprimez plutôt les données de l’utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A revocation is still running.</source>
        <translation>Une révocation est encore en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection spans %1 servers; select sessions of one server (sort or filter by the Server column).</source>
        <translation>La sélection couvre %1 serveurs ; sélectionnez les sessions d’un seul serveur (triez ou filtrez par la colonne Serveur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Sign in with an account that may revoke sessions, then try again.</source>
        <translation>%1 Connectez-vous avec un compte autorisé à révoquer des sessions, puis réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Revoke %1 Sessions…</source>
        <translation>&amp;Révoquer %1 sessions…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Revoke Session…</source>
        <translation>&amp;Révoquer la session…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the selected devices out (Delete)</source>
        <translation>Déconnecter les appareils sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the selected client sessions</source>
        <translation>Supprimer les sessions client sélectionnées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only Seam client sessions can be deleted.</source>
        <translation>Seules les sessions client Seam peuvent être supprimées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete everything recorded about the selected rows&apos; users</source>
        <translation>Supprimer tout ce qui a été enregistré sur les utilisateurs des lignes sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only OpenReplay keeps user data to delete.</source>
        <translation>Seul OpenReplay conserve des données utilisateur à supprimer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy &amp;Cell</source>
        <translation>Copier la &amp;cellule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Session &amp;ID</source>
        <translation>Copier l’&amp;identifiant de session</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only Sessions of %1</source>
        <translation>Seulement les sessions de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only Sessions from %1</source>
        <translation>Seulement les sessions depuis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Copied %1 rows.</source>
        <translation>%1 lignes copiées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Delete User Data</source>
        <translation>Supprimer les données utilisateur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;p&gt;Ask %1 to delete &lt;b&gt;everything it recorded&lt;/b&gt; about these users? This cannot be undone.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Demander à %1 de supprimer &lt;b&gt;tout ce qu’il a enregistré&lt;/b&gt; sur ces utilisateurs ? Cette action est irréversible.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 — %2 on %3 (%4)</source>
        <translation>%1 — %2 sur %3 (%4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;and %1 more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;et %1 de plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Sessions</source>
        <translation>Supprimer des sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke Sessions</source>
        <translation>Révoquer des sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Delete &lt;b&gt;%1&lt;/b&gt; client sessions of &lt;b&gt;%2&lt;/b&gt; users on %3?&lt;/p&gt;%4</source>
        <translation>&lt;p&gt;Supprimer &lt;b&gt;%1&lt;/b&gt; sessions client de &lt;b&gt;%2&lt;/b&gt; utilisateurs sur %3 ?&lt;/p&gt;%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Sign out &lt;b&gt;%1&lt;/b&gt; sessions of &lt;b&gt;%2&lt;/b&gt; users on %3? The devices will have to sign in again.&lt;/p&gt;%4</source>
        <translation>&lt;p&gt;Déconnecter &lt;b&gt;%1&lt;/b&gt; sessions de &lt;b&gt;%2&lt;/b&gt; utilisateurs sur %3 ? Les appareils devront se reconnecter.&lt;/p&gt;%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-1542"/>
        <location line="+1542"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoking %1 sessions…</source>
        <translation>Révocation de %1 sessions…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is rate limiting; continuing in %1 s…</source>
        <translation>Le serveur limite le débit ; reprise dans %1 s…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No second factor was given.</source>
        <translation>Aucun second facteur n’a été fourni.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted %1 sessions.</source>
        <translation>%1 sessions supprimées.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked %1 sessions.</source>
        <translation>%1 sessions révoquées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1 sessions; %2 failed.</source>
        <translation>%1 sessions supprimées ; %2 en échec.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked %1 sessions; %2 failed.</source>
        <translation>%1 sessions révoquées ; %2 en échec.</translation>
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
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the rows shown or selected to CSV or JSON (Ctrl+E)</source>
        <translation>Exporter les lignes affichées ou sélectionnées en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>&lt;h2&gt;No profile named &quot;%1&quot;&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Manage profiles…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun profil nommé « %1 »&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Gérer les profils…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h2&gt;Opening %1…&lt;/h2&gt;&lt;p&gt;Reading the credentials from the keychain.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ouverture de %1…&lt;/h2&gt;&lt;p&gt;Lecture des identifiants dans le trousseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;The keychain is not available&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;SessionDesk keeps credentials only in the keychain. &lt;a href=&quot;retry&quot;&gt;Try again&lt;/a&gt; once it is running and unlocked.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le trousseau n’est pas disponible&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;SessionDesk ne conserve les identifiants que dans le trousseau. &lt;a href=&quot;retry&quot;&gt;Réessayez&lt;/a&gt; une fois qu’il est actif et déverrouillé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>&lt;h2&gt;No API key for %1&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Enter the API key…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucune clé d’API pour %1&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;profiles&quot;&gt;Saisir la clé d’API…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Not signed in to %1&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Sign in…&lt;/a&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Non connecté à %1&lt;/h2&gt;%2&lt;p&gt;&lt;a href=&quot;signin&quot;&gt;Se connecter…&lt;/a&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · &lt;a href=&quot;profiles&quot;&gt;Use a personal access token…&lt;/a&gt;</source>
        <translation> · &lt;a href=&quot;profiles&quot;&gt;Utiliser un jeton d’accès personnel…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;h2&gt;Signing in to %1…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion à %1…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed in, but the token could not be stored: %1</source>
        <translation>Connecté, mais le jeton n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server did not confirm the sign-out: %1</source>
        <translation>Le serveur n’a pas confirmé la déconnexion : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;The profile was removed&lt;/h2&gt;&lt;p&gt;Choose another server in the toolbar, or &lt;a href=&quot;profiles&quot;&gt;add a profile…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le profil a été supprimé&lt;/h2&gt;&lt;p&gt;Choisissez un autre serveur dans la barre d’outils, ou &lt;a href=&quot;profiles&quot;&gt;ajoutez un profil…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No profiles</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking up the project on %1…</source>
        <translation>Recherche du projet sur %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not list the project %2.</source>
        <translation>%1 ne liste pas le projet %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This server kind is not supported yet.</source>
        <translation>Ce type de serveur n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading sessions from every server (%1)…</source>
        <translation>Chargement des sessions de tous les serveurs (%1)…</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Loading sessions from %1: %2 of %3…</source>
        <translation>Chargement des sessions de %1 : %2 sur %3…</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Loading sessions from %1…</source>
        <translation>Chargement des sessions de %1…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Loaded %1 sessions from %2 in %3 s.</source>
        <translation>%1 sessions chargées depuis %2 en %3 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s count changed while loading; refresh to be sure nothing is missing.</source>
        <translation>Le nombre de sessions du serveur a changé pendant le chargement ; actualisez pour être sûr qu’il ne manque rien.</translation>
    </message>
    <message>
        <location line="-428"/>
        <location line="+433"/>
        <source>Loading stopped; %1 sessions loaded.</source>
        <translation>Chargement arrêté ; %1 sessions chargées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your sign-in to %1 has expired or was revoked; sign in again.</source>
        <translation>Votre connexion à %1 a expiré ou a été révoquée ; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&lt;h2&gt;Could not load sessions&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Press F5 to try again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Impossible de charger les sessions&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Appuyez sur F5 pour réessayer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 sessions</source>
        <translation>%1 sessions sur %2</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 sessions to %2.</source>
        <translation>%1 sessions exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>MergedProvider</name>
    <message>
        <location filename="../models/providers/mergedprovider.cpp" line="+37"/>
        <source>This server kind is not supported.</source>
        <translation>Ce type de serveur n’est pas pris en charge.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>OpenReplayClient</name>
    <message>
        <location filename="../models/providers/openreplay/openreplayclient.cpp" line="+46"/>
        <source>OpenReplay needs the organization API key.</source>
        <translation>OpenReplay a besoin de la clé d’API de l’organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenReplay needs the project key (--project-key, or in the profile).</source>
        <translation>OpenReplay a besoin de la clé de projet (--project-key, ou dans le profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenReplay lists sessions per end user: name at least one user id (--user ID, or in the profile).</source>
        <translation>OpenReplay liste les sessions par utilisateur final : indiquez au moins un identifiant d’utilisateur (--user ID, ou dans le profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date range is empty: the start must come before the end.</source>
        <translation>La période est vide : le début doit précéder la fin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (sessions of %2): %3</source>
        <translation>%1 (sessions de %2) : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has more sessions of %2 than the limit of %3 per fetch.</source>
        <translation>%1 a plus de sessions de %2 que la limite de %3 par récupération.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenReplay API v1 returns at most %1 sessions per user; %2 may have more: narrow the date range.</source>
        <translation>L’API OpenReplay v1 renvoie au plus %1 sessions par utilisateur ; %2 en a peut-être davantage : réduisez la période.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected the API key or the project key (HTTP %2); check both in the profile.</source>
        <translation>%1 a refusé la clé d’API ou la clé de projet (HTTP %2) ; vérifiez les deux dans le profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no OpenReplay API at this address (HTTP 404); check the URL (self-hosted v2: https://HOST/v2/api).</source>
        <translation>%1 n’a pas d’API OpenReplay à cette adresse (HTTP 404) ; vérifiez l’URL (v2 auto-hébergée : https://HÔTE/v2/api).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is rate limiting requests (HTTP 429); try again later.</source>
        <translation>%1 limite le débit des requêtes (HTTP 429) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 accepted the deletion of %2&apos;s data.</source>
        <translation>%1 a accepté la suppression des données de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has a deletion job for %2.</source>
        <translation>%1 a déjà une tâche de suppression pour %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>%1 rejected the API key or the project key (HTTP %2).</source>
        <translation>%1 a refusé la clé d’API ou la clé de projet (HTTP %2).</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 cannot delete user data (HTTP %2); this needs OpenReplay API v2 (server 1.27 or newer).</source>
        <translation>%1 ne peut pas supprimer de données utilisateur (HTTP %2) ; il faut l’API OpenReplay v2 (serveur 1.27 ou plus récent).</translation>
    </message>
</context>
<context>
    <name>OpenReplayParser</name>
    <message>
        <location filename="../models/providers/openreplay/openreplayparser.cpp" line="+109"/>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server&apos;s response has no &quot;data&quot; list of sessions.</source>
        <translation>La réponse du serveur n’a pas de liste « data » de sessions.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s response has no &quot;data&quot; object.</source>
        <translation>La réponse du serveur n’a pas d’objet « data ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s &quot;sessions&quot; is not a list.</source>
        <translation>Le champ « sessions » du serveur n’est pas une liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server&apos;s response has no &quot;data&quot; list of projects.</source>
        <translation>La réponse du serveur n’a pas de liste « data » de projets.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server&apos;s response has no &quot;users&quot; list.</source>
        <translation>La réponse du serveur n’a pas de liste « users ».</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../views/overviewdock.cpp" line="+118"/>
        <source>%1: started %2</source>
        <translation>%1 : %2 commencées</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sessions started per day</source>
        <translation>Sessions commencées par jour</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>peak %1</source>
        <translation>pic %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No start times to chart</source>
        <translation>Aucune heure de début à représenter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating systems</source>
        <translation>Systèmes d’exploitation</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <location line="+4"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sessions shown: %1</source>
        <translation>Sessions affichées : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>started %1 to %2: %3</source>
        <translation>commencées du %1 au %2 : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>earlier: %1</source>
        <translation>plus anciennes : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a start time: %1</source>
        <translation>sans heure de début : %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../models/profiles.cpp" line="+88"/>
        <source>The profile needs a name.</source>
        <translation>Le profil a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Le nom du profil ne doit pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Le nom du profil dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not contain control characters.</source>
        <translation>Le nom du profil ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile &quot;%1&quot; needs a server URL.</source>
        <translation>Le profil « %1 » a besoin d’une URL de serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid server URL; use e.g. https://chat.example.org.</source>
        <translation>« %1 » n’est pas une URL de serveur valide ; utilisez par ex. https://chat.example.org.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenReplay API v1 needs a project key.</source>
        <translation>L’API OpenReplay v1 a besoin d’une clé de projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default date range must be between 1 and 3660 days.</source>
        <translation>La période par défaut doit être comprise entre 1 et 3660 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Le délai doit être compris entre 1 et 3600 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate pin must be 64 hexadecimal digits (a SHA-256 digest), colons allowed.</source>
        <translation>L’épingle de certificat doit compter 64 chiffres hexadécimaux (un condensé SHA-256), deux-points autorisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificats d’AC %1 est illisible.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The profile file %1 cannot be read or written.</source>
        <translation>Le fichier de profils %1 ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile file %1 is malformed; fix or remove it.</source>
        <translation>Le fichier de profils %1 est mal formé ; corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The profile file claims %1 profiles; only the first %2 are read.</source>
        <translation>Le fichier de profils annonce %1 profils ; seuls les %2 premiers sont lus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 of the profile file has no name; it is ignored.</source>
        <translation>L’entrée %1 du fichier de profils n’a pas de nom ; elle est ignorée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile &quot;%1&quot; has an unknown server kind &quot;%2&quot;; it is ignored.</source>
        <translation>Le profil « %1 » a un type de serveur inconnu « %2 » ; il est ignoré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile &quot;%1&quot; is broken: %2</source>
        <translation>Le profil « %1 » est défectueux : %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil nommé « %1 ».</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not write the profile file %1.</source>
        <translation>Impossible d’écrire le fichier de profils %1.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../views/profiledialog.cpp" line="+46"/>
        <source>Server Profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
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
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filled in by signing in, or your user id for a personal access token</source>
        <translation>rempli à la connexion, ou votre identifiant d’utilisateur pour un jeton d’accès personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own sessions</source>
        <translation>Mes propres sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users&apos; sessions (administrator)</source>
        <translation>Sessions de tous les utilisateurs (administrateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign In with Password…</source>
        <translation>Se connecter avec un mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with user name, password and two-factor code; the token is kept in the keychain</source>
        <translation>Se connecter avec nom d’utilisateur, mot de passe et code à deux facteurs ; le jeton est conservé dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;id:</source>
        <translation>&amp;Identifiant d’utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions:</source>
        <translation>&amp;Sessions :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v2 (OpenReplay 1.27 and newer)</source>
        <translation>v2 (OpenReplay 1.27 et plus récent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v1 (OpenReplay 1.26 and older)</source>
        <translation>v1 (OpenReplay 1.26 et plus ancien)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end-user ids, separated by commas</source>
        <translation>identifiants d’utilisateurs finaux, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenReplay lists the sessions of given users; several users are merged into one table</source>
        <translation>OpenReplay liste les sessions d’utilisateurs donnés ; plusieurs utilisateurs sont réunis dans un seul tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API version:</source>
        <translation>Version de l’&amp;API :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the projects this API key can see</source>
        <translation>Lister les projets visibles avec cette clé d’API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find…</source>
        <translation>Chercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the project&apos;s users for the text typed last (id, e-mail or name)</source>
        <translation>Chercher dans les utilisateurs du projet le dernier texte saisi (identifiant, e-mail ou nom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Project key:</source>
        <translation>Clé de &amp;projet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default &amp;range:</source>
        <translation>&amp;Période par défaut :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional, for your reference</source>
        <translation>facultatif, pour mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace id:</source>
        <translation>Identifiant de l’espace de &amp;travail :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept in the keychain; leave empty to keep the stored one</source>
        <translation>conservé dans le trousseau ; laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system certificates</source>
        <translation>certificats du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a PEM file with the CA certificates to trust</source>
        <translation>Choisir un fichier PEM contenant les certificats d’AC de confiance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional SHA-256 fingerprint of the server certificate</source>
        <translation>empreinte SHA-256 facultative du certificat du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow plain http to this server (insecure: credentials travel unencrypted)</source>
        <translation>Autoriser le http non chiffré vers ce serveur (non sécurisé : les identifiants circulent en clair)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier d’AC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;pin:</source>
        <translation>É&amp;pingle de certificat :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CA Certificates</source>
        <translation>Certificats d’AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain http sends your token unencrypted; use it only inside a trusted network.</source>
        <translation>Le http non chiffré envoie votre jeton en clair ; ne l’utilisez que dans un réseau de confiance.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+78"/>
        <source>Save or revert the changes to this profile first.</source>
        <translation>Enregistrez ou annulez d’abord les modifications de ce profil.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Personal access &amp;token:</source>
        <translation>&amp;Jeton d’accès personnel :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy has no credentials yet; enter them and save.</source>
        <translation>La copie n’a pas encore d’identifiants ; saisissez-les et enregistrez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenReplay needs the project key of the project whose sessions you want to see.</source>
        <translation>OpenReplay a besoin de la clé du projet dont vous voulez voir les sessions.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot; and its stored credentials?</source>
        <translation>Supprimer le profil « %1 » et ses identifiants enregistrés ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile was kept because its secret could not be removed: %1</source>
        <translation>Le profil a été conservé car son secret n’a pas pu être retiré : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed &quot;%1&quot; and its credentials.</source>
        <translation>« %1 » et ses identifiants ont été supprimés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the project first.</source>
        <translation>Choisissez d’abord le projet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
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
        <translation>Connecté. Enregistrez le profil pour conserver la connexion.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../models/demo/demoserver.cpp" line="+437"/>
        <source>The demo server could not listen on 127.0.0.1:%1.</source>
        <translation>Le serveur de démonstration n’a pas pu écouter sur 127.0.0.1:%1.</translation>
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
        <translation>%1 (aucune)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions of users whose id or name contains this text</source>
        <translation>Sessions des utilisateurs dont l’identifiant ou le nom contient ce texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only sessions from this kind of client</source>
        <translation>Seulement les sessions de ce type de client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only sessions from this operating system</source>
        <translation>Seulement les sessions de ce système d’exploitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <source>any client</source>
        <translation>tout client</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+116"/>
        <source>any OS</source>
        <translation>tout système</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>An IP address or a range in CIDR form, e.g. 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>Une adresse IP ou une plage au format CIDR, p. ex. 10.0.0.0/8 ou 2001:db8::/32</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>When the session started</source>
        <translation>Quand la session a commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any time</source>
        <translation>n’importe quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last hour</source>
        <translation>dernière heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 24 hours</source>
        <translation>dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between…</source>
        <translation>entre…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Started at or after</source>
        <translation>Commencée à partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started before</source>
        <translation>Commencée avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every filter (Esc)</source>
        <translation>Effacer tous les filtres (Échap)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clie&amp;nt:</source>
        <translation>Clie&amp;nt :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;OS:</source>
        <translation>&amp;Système :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star&amp;ted:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>user contains &quot;%1&quot;</source>
        <translation>utilisateur contient « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS %1</source>
        <translation>système %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address in %1/%2</source>
        <translation>adresse dans %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started %1 – %2</source>
        <translation>commencée %1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started: %1</source>
        <translation>commencée : %1</translation>
    </message>
</context>
<context>
    <name>RevokeJob</name>
    <message>
        <location filename="../models/revokejob.cpp" line="+83"/>
        <source>OpenReplay recordings cannot be revoked or deleted one by one; delete the user&apos;s data instead (sessiondesk-cli delete-user-data USER_ID).</source>
        <translation>Les enregistrements OpenReplay ne peuvent pas être révoqués ou supprimés un par un ; supprimez plutôt les données de l’utilisateur (sessiondesk-cli delete-user-data USER_ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only Seam client sessions can be deleted; Rocket.Chat sessions are revoked.</source>
        <translation>Seules les sessions client Seam peuvent être supprimées ; les sessions Rocket.Chat sont révoquées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Canceled before it was sent.</source>
        <translation>Annulé avant l’envoi.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The code was not accepted; enter the current one.</source>
        <translation>Le code n’a pas été accepté ; saisissez le code actuel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is rate limiting requests for %2 more seconds; try the rest later.</source>
        <translation>%1 limite le débit des requêtes pendant encore %2 secondes ; réessayez le reste plus tard.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 rejected the credentials (HTTP 401); sign in again.</source>
        <translation>%1 a refusé les identifiants (HTTP 401) ; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not allow this account to revoke these sessions (HTTP 403)%2</source>
        <translation>%1 n’autorise pas ce compte à révoquer ces sessions (HTTP 403)%2</translation>
    </message>
</context>
<context>
    <name>RevokeResultsDialog</name>
    <message>
        <location filename="../views/revokeresultsdialog.cpp" line="+46"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone</source>
        <translation>Déjà terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Renvoyer les échecs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Results</source>
        <translation>Résultat de la suppression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke Results</source>
        <translation>Résultat de la révocation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 deleted</source>
        <translation>%1 supprimées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 revoked</source>
        <translation>%1 révoquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already gone</source>
        <translation>%1 déjà terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not sent</source>
        <translation>%1 non envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unknown</source>
        <translation>%1 inconnues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sessions marked unknown the connection broke after the request was sent; refresh (F5) to see whether the server ended them.</source>
        <translation>Pour les sessions marquées inconnues, la connexion a été coupée après l’envoi de la requête ; actualisez (F5) pour voir si le serveur les a terminées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list as tab-separated text</source>
        <translation>Copier la liste en texte séparé par des tabulations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing failed that could be sent again</source>
        <translation>Aucun échec à renvoyer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send the %n failed or unsent session(s) again</source>
        <translation>
            <numerusform>Renvoyer la %n session en échec ou non envoyée</numerusform>
            <numerusform>Renvoyer les %n sessions en échec ou non envoyées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RocketChatAuth</name>
    <message>
        <location filename="../models/providers/rocketchat/rocketchatauth.cpp" line="+39"/>
        <source>%1 has no Rocket.Chat sign-in at this address (HTTP 404); check the server URL.</source>
        <translation>%1 n’a pas de connexion Rocket.Chat à cette adresse (HTTP 404) ; vérifiez l’URL du serveur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not sign out (HTTP %2)%3</source>
        <translation>%1 n’a pas effectué la déconnexion (HTTP %2)%3</translation>
    </message>
</context>
<context>
    <name>RocketChatClient</name>
    <message>
        <location filename="../models/providers/rocketchat/rocketchatclient.cpp" line="+56"/>
        <source>Rocket.Chat needs a user id and an auth token (or personal access token).</source>
        <translation>Rocket.Chat a besoin d’un identifiant d’utilisateur et d’un jeton d’authentification (ou d’un jeton d’accès personnel).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>The server rate-limited the fetch; SessionDesk waited for it.</source>
        <translation>Le serveur a limité le débit de la récupération ; SessionDesk a attendu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (sessions %2 to %3): %4</source>
        <translation>%1 (sessions %2 à %3) : %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reports %2 sessions, more than the limit of %3 per fetch.</source>
        <translation>%1 annonce %2 sessions, plus que la limite de %3 par récupération.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 sent more than the limit of %2 sessions per fetch.</source>
        <translation>%1 a envoyé plus que la limite de %2 sessions par récupération.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 rejected the credentials (HTTP 401%2); check the user id and token, or sign in again.</source>
        <translation>%1 a refusé les identifiants (HTTP 401%2) ; vérifiez l’identifiant d’utilisateur et le jeton, ou reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 denied access to the session list (HTTP 403)%2</source>
        <translation>%1 a refusé l’accès à la liste des sessions (HTTP 403)%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no session list at this address (HTTP 404); Device Management needs Rocket.Chat 5.0 or newer.</source>
        <translation>%1 n’a pas de liste de sessions à cette adresse (HTTP 404) ; la gestion des appareils nécessite Rocket.Chat 5.0 ou plus récent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is rate limiting requests (HTTP 429); try again in %2 seconds.</source>
        <translation>%1 limite le débit des requêtes (HTTP 429) ; réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is rate limiting requests (HTTP 429); try again later.</source>
        <translation>%1 limite le débit des requêtes (HTTP 429) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not allow Device Management; it needs an Enterprise licence.</source>
        <translation>%1 n’autorise pas la gestion des appareils ; elle nécessite une licence Enterprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had a server error (HTTP %2)%3</source>
        <translation>%1 a eu une erreur serveur (HTTP %2)%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 a répondu HTTP %2%3</translation>
    </message>
</context>
<context>
    <name>RocketChatParser</name>
    <message>
        <location filename="../models/providers/rocketchat/rocketchatparser.cpp" line="+37"/>
        <source>The server&apos;s response has no &quot;sessions&quot; list.</source>
        <translation>La réponse du serveur n’a pas de liste « sessions ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s response has an invalid &quot;total&quot;.</source>
        <translation>La réponse du serveur a un « total » invalide.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The server sent an empty answer to the sign-in.</source>
        <translation>Le serveur a renvoyé une réponse vide à la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer to the sign-in is not JSON; check the server URL.</source>
        <translation>La réponse du serveur à la connexion n’est pas du JSON ; vérifiez l’URL du serveur.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server accepted the sign-in but sent no user id or token.</source>
        <translation>Le serveur a accepté la connexion mais n’a envoyé ni identifiant d’utilisateur ni jeton.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected answer to the sign-in (HTTP %1).</source>
        <translation>Réponse inattendue à la connexion (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>SeamClient</name>
    <message>
        <location filename="../models/providers/seam/seamclient.cpp" line="+44"/>
        <source>Seam needs an API key.</source>
        <translation>Seam a besoin d’une clé d’API.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rejected the API key (HTTP %2); check it in the profile.</source>
        <translation>%1 a refusé la clé d’API (HTTP %2) ; vérifiez-la dans le profil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>SeamParser</name>
    <message>
        <location filename="../models/providers/seam/seamparser.cpp" line="+44"/>
        <source>The server&apos;s response has no &quot;client_sessions&quot; list.</source>
        <translation>La réponse du serveur n’a pas de liste « client_sessions ».</translation>
    </message>
</context>
<context>
    <name>SessionColumns</name>
    <message>
        <location filename="../models/session.cpp" line="+23"/>
        <source>Session ID</source>
        <translation>Identifiant de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP / location</source>
        <translation>IP / emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
</context>
<context>
    <name>SessionConditions</name>
    <message>
        <location filename="../models/sessionconditions.cpp" line="+16"/>
        <source>&quot;%1&quot; is not an address range. Write it as an address, a slash and the prefix length, e.g. 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>« %1 » n’est pas une plage d’adresses. Écrivez une adresse, une barre oblique et la longueur du préfixe, p. ex. 10.0.0.0/8 ou 2001:db8::/32.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an IP address. Write an address (192.0.2.7, 2001:db8::1) or a range (10.0.0.0/8).</source>
        <translation>« %1 » n’est pas une adresse IP. Écrivez une adresse (192.0.2.7, 2001:db8::1) ou une plage (10.0.0.0/8).</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <location filename="../models/providers/sessiondetails.cpp" line="+32"/>
        <source>OpenReplay&apos;s public API has no call for a single session; the listed fields are all there is.</source>
        <translation>L’API publique d’OpenReplay n’a pas d’appel pour une session seule ; les champs listés sont tout ce qui existe.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 no longer knows this session.</source>
        <translation>%1 ne connaît plus cette session.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <location filename="../models/session.cpp" line="+150"/>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop app</source>
        <translation>Application de bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile browser</source>
        <translation>Navigateur mobile</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../views/signindialog.cpp" line="+44"/>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign In to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the Rocket.Chat server &lt;b&gt;%1&lt;/b&gt;. SessionDesk keeps the resulting token in your keychain, never your password.</source>
        <translation>Connectez-vous au serveur Rocket.Chat &lt;b&gt;%1&lt;/b&gt;. SessionDesk conserve le jeton obtenu dans votre trousseau, jamais votre mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user name or e-mail</source>
        <translation>nom d’utilisateur ou e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the code sent to your e-mail address</source>
        <translation>le code envoyé à votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code from your authenticator app</source>
        <translation>le code de votre application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-Factor Authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for a second factor. Enter %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; demande un second facteur. Saisissez %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../models/signin.cpp" line="+39"/>
        <location line="+14"/>
        <source>Sign-in canceled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The code was not accepted; enter a new one.</source>
        <translation>Le code n’a pas été accepté ; saisissez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code was wrong or has expired; enter the current one.</source>
        <translation>Le code était faux ou a expiré ; saisissez le code actuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password was not accepted.</source>
        <translation>Le nom d’utilisateur ou le mot de passe n’a pas été accepté.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+37"/>
        <source>Unexpected argument &quot;%1&quot;: give a server with --url or --profile.</source>
        <translation>Argument inattendu « %1 » : indiquez un serveur avec --url ou --profile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--demo-sessions needs --demo.</source>
        <translation>--demo-sessions nécessite --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass either --demo or --profile, not both.</source>
        <translation>Indiquez soit --demo, soit --profile, pas les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--demo opens the embedded demo server, which does not take --%1.</source>
        <translation>--demo ouvre le serveur de démonstration intégré, qui n’accepte pas --%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass either --profile or --url, not both.</source>
        <translation>Indiquez soit --profile, soit --url, pas les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 belongs to a one-off connection (--url); profile &quot;%2&quot; keeps its own settings, which Server &gt; Profiles changes.</source>
        <translation>--%1 appartient à une connexion ponctuelle (--url) ; le profil « %2 » garde ses propres réglages, que Serveur &gt; Profils modifie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 belongs to a one-off connection: give the server with --url too.</source>
        <translation>--%1 appartient à une connexion ponctuelle : indiquez aussi le serveur avec --url.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Browse, filter, export and revoke server login sessions.</source>
        <translation>Parcourir, filtrer, exporter et révoquer les sessions de connexion des serveurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the embedded demo server and open its sessions.</source>
        <translation>Démarrer le serveur de démonstration intégré et ouvrir ses sessions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of demo sessions (default 5000).</source>
        <translation>Nombre de sessions de démonstration (5000 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the saved profile NAME (default: the one used last).</source>
        <translation>Ouvrir le profil enregistré NAME (par défaut : le dernier utilisé).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write profiles in FILE instead of %1.</source>
        <translation>Lire et écrire les profils dans FILE au lieu de %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--demo-sessions needs a number between 0 and 100000000.</source>
        <translation>--demo-sessions demande un nombre entre 0 et 100000000.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SessionDesk</source>
        <translation>SessionDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo server: user &quot;%1&quot; or &quot;%2&quot; (two-factor code %3), password &quot;%4&quot;.</source>
        <translation>Serveur de démonstration : utilisateur « %1 » ou « %2 » (code à deux facteurs %3), mot de passe « %4 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo Rocket.Chat</source>
        <translation>Rocket.Chat de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo OpenReplay</source>
        <translation>OpenReplay de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Seam</source>
        <translation>Seam de démonstration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil nommé « %1 ».</translation>
    </message>
</context>
</TS>

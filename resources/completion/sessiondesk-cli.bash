# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for sessiondesk-cli

_sessiondesk_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="list profiles revoke delete delete-user-data audit projects users demo-server"
    local common="--help --version --config"
    local server="--kind --url --user-id --all-users --project-key --api-version --workspace --user
        --ca-file --pin-sha256 --allow-http --timeout --token-env --token-stdin --max-response-mb --profile"

    if ((cword == 1)); then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    case $prev in
        --kind)
            COMPREPLY=($(compgen -W "rocketchat openreplay seam" -- "$cur"))
            return ;;
        --format)
            COMPREPLY=($(compgen -W "table csv json" -- "$cur"))
            return ;;
        --api-version)
            COMPREPLY=($(compgen -W "1 2 auto" -- "$cur"))
            return ;;
        --config|--ca-file)
            _filedir
            return ;;
        --token-env)
            COMPREPLY=($(compgen -e -- "$cur"))
            return ;;
        --sort)
            COMPREPLY=($(compgen -W "sessionId userId userName device clientType os ip host startedAt endedAt details" -- "$cur"))
            return ;;
        --url|--user-id|--project-key|--workspace|--user|--pin-sha256|--timeout|--max-response-mb|--profile|--filter|--columns|--since|--until|--search|--port|--sessions|--seed|--latency)
            return ;;
    esac

    local options
    case ${words[1]} in
        list) options="$common $server --format --filter --sort --columns --since --until
            --user-identifier-key --connect-webview-id --user-identity-id --without-user-identifier-key" ;;
        profiles) options="$common $server"
            ((cword == 2)) && options="list add remove" ;;
        revoke|delete|delete-user-data) options="$common $server --yes" ;;
        projects) options="$common $server" ;;
        users) options="$common $server --search" ;;
        audit) options="$common" ;;
        demo-server) options="$common --port --sessions --seed --latency" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}
complete -F _sessiondesk_cli sessiondesk-cli

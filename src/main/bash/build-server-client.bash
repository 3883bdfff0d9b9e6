# The client of the build server (docs/commands.md, "aurora server"), sourced by the launcher. It is plain
# bash, so that a served build starts no second JVM. What it says to the server is described in
# src/main/java/press/aurora/server/Protocol.java; where the server listens, in ServerAddress.java.

# The exit code that tells the launcher no server took the command: it runs it directly.
AURORA_RUN_DIRECTLY=75

# aurora_serve BASE KEY ARGS...: runs `aurora ARGS` in the build server whose address file is BASE.port,
# relaying what it prints to stdout and stderr, and returns its exit code; returns 75 when no server takes it.
# Ctrl-C (or TERM) asks the server to cancel the build and waits until it has removed its partial files.
aurora_serve() {
  local base="$1" key="$2"
  shift 2
  local port="" token="" pid="" greeting="" line="" code="" cancelled="" relayed="" console=0 fd
  { read -r port token pid <"$base.port"; } 2>/dev/null || return "$AURORA_RUN_DIRECTLY"
  [[ "$port" =~ ^[0-9]+$ && "$pid" =~ ^[0-9]+$ ]] || return "$AURORA_RUN_DIRECTLY"
  kill -0 "$pid" 2>/dev/null || return "$AURORA_RUN_DIRECTLY"   # gone: its port may be another program's now
  { exec {fd}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return "$AURORA_RUN_DIRECTLY"
  if ! IFS= read -r -t 5 -u "$fd" greeting || [ "$greeting" != AUR2 ]; then
    exec {fd}>&-
    return "$AURORA_RUN_DIRECTLY"
  fi
  [ -t 0 ] && [ -t 1 ] && console=1
  # A closed stdout (`aurora build | head -1`) fails a write, as in a direct build, instead of ending this shell.
  trap '' PIPE
  # A second Ctrl-C while the server stops the build gives up waiting.
  trap '[ -n "$cancelled" ] && exit 130; cancelled=130; printf c >&"$fd" 2>/dev/null' INT
  trap '[ -n "$cancelled" ] && exit 143; cancelled=143; printf c >&"$fd" 2>/dev/null' TERM
  if printf '%s\0' AUR2 "$token" "$key" "$console" "$#" "$@" >&"$fd" 2>/dev/null; then
    while IFS= read -r -u "$fd" line; do
      case "$line" in
        o*) printf '%b' "${line:1}" 2>/dev/null; relayed=1 ;;
        e*) printf '%b' "${line:1}" >&2 2>/dev/null; relayed=1 ;;
        x*) code="${line:1}"; break ;;
        *) break ;;   # r: refused (another program, workspace, folder or environment; or stopping)
      esac
    done
  fi
  exec {fd}>&-
  trap - INT TERM PIPE
  if [ -n "$code" ]; then
    return "$code"
  elif [ -n "$cancelled" ]; then
    return "$cancelled"
  elif [ -n "$relayed" ]; then
    echo "aurora: the build server stopped before the build finished (its log: $base.log); building directly" >&2
  fi
  return "$AURORA_RUN_DIRECTLY"
}

# aurora_server_control BASE KEY ARGS...: `aurora server status|stop` (ARGS after "server"): asks the server
# of this folder, or says that none runs (status: exit 1).
aurora_server_control() {
  local base="$1" key="$2"
  shift 2
  if ! { [ "$#" -eq 1 ] && { [ "$1" = status ] || [ "$1" = stop ]; }; }; then
    local given="$*"
    echo "aurora: server takes 'status' or 'stop'${given:+, not '$given'}" >&2
    return 2
  fi
  local code=0
  aurora_serve "$base" "$key" server "$1" || code=$?
  if [ "$code" -eq "$AURORA_RUN_DIRECTLY" ]; then
    echo "no build server runs for this folder"
    [ "$1" = status ] && return 1
    return 0
  fi
  return "$code"
}

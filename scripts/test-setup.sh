#!/usr/bin/env bash
# Installs the system packages the tests start for real, on Debian or Ubuntu, and nothing that is already
# there: chromium (browser flows), redis-server (shared conversation memory) and nginx (two instances behind
# a load balancer). `npm test` needs them; a test whose program is missing fails naming this command.
# Usage: npm run test:setup   (as root, or with sudo available)
set -euo pipefail

# program:package pairs; the program is what the tests run.
needed=(chromium:chromium redis-server:redis-server nginx:nginx)

missing=()
for pair in "${needed[@]}"; do
  program=${pair%%:*}
  package=${pair##*:}
  if ! PATH="$PATH:/usr/sbin:/sbin" command -v "$program" >/dev/null 2>&1; then missing+=("$package"); fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "test:setup: chromium, redis-server and nginx are installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "test:setup: missing ${missing[*]}, and there is no apt-get here: install them with your package manager" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "test:setup: run as root (or install sudo) to apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "test:setup: installing ${missing[*]} (Debian packages)"
"${sudo[@]}" apt-get update -qq
# The tests start their own redis-server and nginx on free loopback ports with their own files; on a machine
# with systemd the packages' default services also start (port 6379 and 80) and can be stopped.
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "test:setup: installed ${missing[*]}"

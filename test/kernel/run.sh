#!/usr/bin/env bash
# sansou's iptables parser against the Linux kernel, in network namespaces.
# Root only, Linux only, not part of CI. From the repository root:  npm run test:kernel
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
  echo "test:kernel builds network namespaces and loads iptables rules: run it as root." >&2
  exit 1
fi
if [ "$(uname -s)" != Linux ]; then
  echo "test:kernel needs Linux network namespaces." >&2
  exit 1
fi

# Debian packages providing the tools the lab drives.
declare -A need=([ip]=iproute2 [iptables-restore]=iptables [nc]=netcat-openbsd [ping]=iputils-ping [conntrack]=conntrack [ipset]=ipset)
missing=()
for tool in "${!need[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${need[$tool]}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "missing tools (${missing[*]}) and no apt-get to install them" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}"; }
fi

# Namespaces left behind by an interrupted run.
for ns in $(ip netns list | awk '{print $1}' | grep '^snk' || true); do ip netns del "$ns"; done

cd "$(dirname "$0")/../.."
exec npx vitest run --config test/kernel/vitest.config.ts "$@"

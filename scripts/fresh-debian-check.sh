#!/usr/bin/env bash
# Proves that the README's two commands work on a fresh Debian 12 machine with Swift 6.3: makes a
# clean Debian 12 (bookworm) root file system with debootstrap, installs in it only what Swift's
# own Debian 12 instructions list (swift.org, "Installation via Tarball"), binds this machine's
# Swift toolchain in read-only, copies a fresh `git clone` of this repository in (the committed
# HEAD: uncommitted changes are not part of the check), and runs both command lines of the
# README's first `sh` block exactly as written there, one after the other, as root.
# Reports pass or fail and the duration of each step. Run on demand (as root), not in CI; on 2
# cores it took 12 minutes with the cached base (the first run adds about 5 for debootstrap).
#
#   sudo bash scripts/fresh-debian-check.sh           the check; logs in /tmp/driehoek-fresh-*/
#   sudo bash scripts/fresh-debian-check.sh --keep    keep the root file system afterwards
#   FRESH_MIRROR=http://… FRESH_CACHE=/var/cache/…    override the apt mirror / the cache folder
#
# The root file system before the first README command (debootstrap minbase + Swift's
# dependencies) is cached as a tarball in $FRESH_CACHE (default /var/cache/driehoek-fresh-debian),
# keyed by mirror and package list, so a second run starts in seconds; delete it to start over.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
keep=0
[[ "${1:-}" == "--keep" ]] && keep=1

say() { echo "fresh-debian: $*"; }
die() {
  echo "fresh-debian: $*" >&2
  exit 2
}

[[ "$(id -u)" == 0 ]] || die "needs root (debootstrap, chroot, mount): sudo bash $0"
command -v debootstrap >/dev/null || die "debootstrap is missing (apt-get install -y debootstrap)"
swift_bin="$(command -v swift)" || die "no swift on PATH"
# The toolchain's root: .../usr/bin/swift-driver -> ...
toolchain="$(dirname "$(dirname "$(dirname "$(readlink -f "$swift_bin")")")")"
[[ -x "$toolchain/usr/bin/swift" ]] || die "cannot find the toolchain root of $swift_bin"

# Swift 6.3's dependencies on Debian 12 (swift.org/install/linux/tarball, Debian 12), plus
# libstdc++-12-dev as in the official swift:debian12 image. Nothing the README commands install.
SWIFT_DEPENDENCIES=(
  binutils-gold gcc git libcurl4-openssl-dev libedit-dev libicu-dev libncurses-dev libpython3-dev
  libsqlite3-dev libxml2-dev pkg-config tzdata uuid-dev libstdc++-12-dev
)

# The two README command lines: the non-comment, non-empty lines of the first ```sh block.
mapfile -t commands < <(awk '
  /^```sh[[:space:]]*$/ && !done { inside = 1; next }
  inside && /^```/ { inside = 0; done = 1; next }
  inside && !/^[[:space:]]*(#|$)/ { print }
' "$repo/README.md")
((${#commands[@]} == 2)) || die "README's first sh block has ${#commands[@]} command lines, expected 2"
# CI must call exactly the README's test command.
ci_command="$(grep -v -E '^[[:space:]]*(#|$|set |cd )' "$repo/.ci/run")"
[[ "$ci_command" == "${commands[1]}" ]] \
  || die ".ci/run runs '$ci_command', the README's test command is '${commands[1]}'"

# The apt mirror this machine uses (one-line or deb822 sources), else Debian's redirector.
apt_uri() { # apt_uri SUITE: the first URI of a "deb" source for exactly that suite
  local suite="$1" uri
  uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | awk -v suite="$suite" '$1 == "deb" { sub(/ \[[^]]*\]/, ""); if ($3 == suite) { print $2; exit } }' \
    || true)"
  if [[ -z "$uri" ]]; then
    uri="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v suite="$suite" '
      BEGIN { RS = "" }
      {
        types = suites = uris = ""
        n = split($0, lines, "\n")
        for (i = 1; i <= n; i++) {
          if (lines[i] ~ /^Types:/) types = " " substr(lines[i], 7) " "
          if (lines[i] ~ /^Suites:/) suites = " " substr(lines[i], 8) " "
          if (lines[i] ~ /^URIs:/) uris = substr(lines[i], 6)
        }
        if (types ~ /[ \t]deb[ \t]/ && suites ~ ("[ \t]" suite "[ \t]")) {
          split(uris, u, " "); print u[1]; exit
        }
      }' || true)"
  fi
  echo "${uri%/}"
}
mirror="${FRESH_MIRROR:-$(apt_uri bookworm)}"
mirror="${mirror:-http://deb.debian.org/debian}"
security="$(apt_uri bookworm-security)"
security="${security:-http://deb.debian.org/debian-security}"

cache="${FRESH_CACHE:-/var/cache/driehoek-fresh-debian}"
key="$(echo "$mirror $security ${SWIFT_DEPENDENCIES[*]}" | sha256sum | cut -c1-12)"
tarball="$cache/bookworm-minbase-swiftdeps-$(dpkg --print-architecture)-$key.tar"
work="$(mktemp -d /tmp/driehoek-fresh-XXXXXX)"
rootfs="$work/root"
mkdir -p "$rootfs" "$cache"

# Mounts are undone on every exit; the root file system is only deleted once none is left.
mounted=()
cleanup() {
  local status=$? i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null \
      || echo "fresh-debian: could not unmount ${mounted[$i]}" >&2
  done
  if grep -q " $rootfs/" /proc/mounts; then
    echo "fresh-debian: mounts left under $rootfs; not deleting it" >&2
  elif [[ $keep == 0 ]]; then
    rm -rf --one-file-system "$rootfs"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
bind() { # bind SOURCE TARGET [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
  [[ "${3:-}" == ro ]] && mount -o remount,bind,ro "$2"
  return 0
}
env_in_root=(env -i HOME=/root TERM=dumb
  PATH="$toolchain/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
in_root() { chroot "$rootfs" "${env_in_root[@]}" bash -c "$1"; }
clock() { date +%s; }
started=$(clock)

say "mirror $mirror (security: $security); toolchain $toolchain; work folder $work"
step=$(clock)
if [[ -f "$tarball" ]]; then
  say "base: unpacking the cached $tarball"
  tar -C "$rootfs" -xpf "$tarball"
  bind /proc "$rootfs/proc"
  bind /sys "$rootfs/sys"
  bind /dev "$rootfs/dev"
  bind /dev/pts "$rootfs/dev/pts"
else
  say "base: debootstrap --variant=minbase bookworm (log: $work/debootstrap.log)"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || {
      tail -n 20 "$work/debootstrap.log"
      die "debootstrap failed"
    }
  cat >"$rootfs/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
  bind /proc "$rootfs/proc"
  bind /sys "$rootfs/sys"
  bind /dev "$rootfs/dev"
  bind /dev/pts "$rootfs/dev/pts"
  cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
  say "base: Swift's Debian 12 dependencies: ${SWIFT_DEPENDENCIES[*]} (log: $work/swift-deps.log)"
  in_root "export DEBIAN_FRONTEND=noninteractive; apt-get update \
    && apt-get install -y ${SWIFT_DEPENDENCIES[*]} \
    && apt-get clean && rm -rf /var/lib/apt/lists/*" >"$work/swift-deps.log" 2>&1 \
    || {
      tail -n 20 "$work/swift-deps.log"
      die "installing Swift's dependencies failed"
    }
  tar -C "$rootfs" --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' \
    -cpf "$tarball.part" . && mv "$tarball.part" "$tarball"
  say "base: cached as $tarball"
fi
cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
bind "$toolchain" "$rootfs$toolchain" ro
# Likewise for TLS: certificates this machine trusts on top of Debian's (an egress proxy's, say)
# are trusted inside too, or pip could not reach PyPI through that proxy.
extra_certificates=(/usr/local/share/ca-certificates/*.crt)
if [[ -f "${extra_certificates[0]}" ]]; then
  cp "${extra_certificates[@]}" "$rootfs/usr/local/share/ca-certificates/"
  in_root "update-ca-certificates" >/dev/null 2>&1 || die "update-ca-certificates failed inside"
  say "network: ${#extra_certificates[@]} extra CA certificate(s) of this machine trusted inside"
fi
# Where this machine reaches GitHub only through local git mirrors (url.<folder>.insteadOf in its
# git configuration), that is its network, not its system: the chroot gets the same rules and the
# mirror folders, read-only. A machine that reaches GitHub has no such rules and carries nothing.
while read -r key value; do
  folder="${key#url.}"
  folder="${folder%.insteadof}"
  [[ "$folder" == /* && -d "$folder" ]] || continue
  if [[ " ${mounted[*]} " != *" $rootfs$folder "* ]]; then
    bind "$folder" "$rootfs$folder" ro
    say "network: git mirror $folder bound in read-only (git url.insteadOf, as on this machine)"
  fi
  chroot "$rootfs" git config --system --add "url.$folder.insteadOf" "$value"
done < <({ git config --system --get-regexp '^url\..*\.insteadof$' || true
  git config --global --get-regexp '^url\..*\.insteadof$' || true; } 2>/dev/null)
base_seconds=$(($(clock) - step))
in_root "swift --version" 2>&1 | head -n 1 | sed 's/^/fresh-debian: inside: /'
in_root ". /etc/os-release && echo \"fresh-debian: inside: \$PRETTY_NAME, \$(dpkg-query -W -f=. | wc -c) packages, python3: \$(command -v python3 || echo none), chromium: \$(command -v chromium || echo none)\""

git clone -q "$repo" "$rootfs/root/driehoek"
say "clone: $(git -C "$rootfs/root/driehoek" log -1 --format='%h %s' | cut -c1-90)"
[[ -z "$(git -C "$repo" status --porcelain)" ]] \
  || say "note: $repo has uncommitted changes; the check runs the committed HEAD"

results=() seconds=()
for i in 0 1; do
  number=$((i + 1))
  say "command $number: ${commands[$i]}"
  step=$(clock)
  # Command 1 is loud (apt, the build): its tail is shown. Command 2 is quiet: all of it.
  set +e
  if [[ $i == 0 ]]; then
    in_root "cd /root/driehoek && ${commands[$i]}" </dev/null >"$work/command-$number.log" 2>&1
    status=$?
    tail -n 5 "$work/command-$number.log" | sed 's/^/   | /'
  else
    in_root "cd /root/driehoek && ${commands[$i]}" </dev/null 2>&1 \
      | tee "$work/command-$number.log" | sed 's/^/   | /'
    status=${PIPESTATUS[0]}
  fi
  set -e
  seconds+=($(($(clock) - step)))
  if [[ $status == 0 ]]; then results+=(pass); else results+=("FAIL (exit $status)"); fi
  say "command $number: ${results[$i]} in ${seconds[$i]} s (log: $work/command-$number.log)"
  [[ $status == 0 ]] || break
done
[[ -d "$rootfs/root/driehoek/.test-logs" ]] && cp -r "$rootfs/root/driehoek/.test-logs" "$work/test-logs"

echo
say "summary (Debian 12 minbase + Swift's dependencies, toolchain $(basename "$toolchain") bound in)"
say "  base system: $base_seconds s"
for i in "${!results[@]}"; do
  say "  command $((i + 1)): ${results[$i]}, ${seconds[$i]} s"
done
say "  total: $(($(clock) - started)) s; logs in $work"
if ((${#results[@]} == 2)) && [[ "${results[0]}" == pass && "${results[1]}" == pass ]]; then
  say "PASS: both README commands work on a fresh Debian 12"
  exit 0
fi
say "FAIL"
exit 1

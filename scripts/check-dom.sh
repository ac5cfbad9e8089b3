#!/usr/bin/env bash
# Fails if src/ uses create_element, set_inner_html or .forget() more often
# than scripts/dom-allowlist.tsv allows, file by file: views are Leptos
# components, and what a widget creates is owned and released with it.
set -euo pipefail
cd "$(dirname "$0")/.."
allow=scripts/dom-allowlist.tsv
status=0
for pattern in create_element set_inner_html '.forget()'; do
  while IFS= read -r file; do
    used=$(grep -cF -- "$pattern" "$file")
    allowed=$(awk -F'\t' -v f="$file" -v p="$pattern" '$1 == f && $2 == p { print $3 }' "$allow")
    if [ "$used" -gt "${allowed:-0}" ]; then
      echo "check-dom: $file uses $pattern $used time(s), ${allowed:-0} allowed; use a Leptos view or an owned handle, or give the reason in $allow" >&2
      grep -nF -- "$pattern" "$file" | sed "s|^|  $file:|" >&2
      status=1
    fi
  done < <(grep -rlF --include='*.rs' -- "$pattern" src || true)
done
# An entry that no longer matches anything is stale: the allowlist stays true.
while IFS=$'\t' read -r file pattern uses _; do
  case "$file" in '#'*|'') continue ;; esac
  used=$(grep -cF -- "$pattern" "$file" 2>/dev/null || true)
  if [ "${used:-0}" -lt "$uses" ]; then
    echo "check-dom: $allow allows $uses use(s) of $pattern in $file, which has ${used:-0}; lower the entry" >&2
    status=1
  fi
done < "$allow"
[ "$status" -eq 0 ] && echo "check-dom: create_element, set_inner_html and .forget() only where $allow says why"
exit "$status"

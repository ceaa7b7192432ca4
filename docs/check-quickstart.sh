#!/usr/bin/env bash
# Follows the README's quick start to the letter, as a newcomer would, on one or more JDKs:
# installs Dynamap into a private copy of the local Maven repository (step 1), writes the README's
# pom.xml and its files where the README says (steps 2 to 5), and runs `mvn test` in that
# project, which must compile with the processor and run its one test.
#
#   docs/check-quickstart.sh [JAVA_HOME...]      # default: the JDK Maven runs on now
#
# The private repository starts as a copy of ~/.m2/repository without io/dynamap, so the shared
# one is never written to; with -o (MAVEN_OFFLINE=1, the default) nothing is downloaded either.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/dynamap-quickstart.XXXXXX")
trap 'rm -rf "$work"' EXIT
offline=()
[[ "${MAVEN_OFFLINE:-1}" == 1 ]] && offline=(-o)

repo="$work/repository"
if [[ -d "$HOME/.m2/repository" ]]; then
  cp -r "$HOME/.m2/repository" "$repo"
fi
rm -rf "$repo/io/dynamap"

echo "step 1: mvn install of the artifacts, into $repo"
(cd "$root" && ./mvnw -B -q "${offline[@]}" -Dmaven.repo.local="$repo" install -DskipTests \
  -pl annotations,runtime,local,processor,testing -am)

project="$work/shop"
mkdir -p "$project"
python3 - "$root/README.md" "$project" <<'EOF'
import os, re, sys
readme, project = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
poms = re.findall(r"```xml\n(.*?)\n```", readme, re.S)
if len(poms) != 1:
    sys.exit(f"README.md has {len(poms)} xml blocks; the quick start expects exactly one, its pom")
open(os.path.join(project, "pom.xml"), "w", encoding="utf-8").write(poms[0] + "\n")
# Each of the quick start's files: a `src/...java` path, then its ```java block.
files = re.findall(r"`(src/[^`]+\.java)`[^\n]*\n(?:(?!```)[^\n]*\n)*?```java\n(.*?)\n```", readme, re.S)
if len(files) < 6:
    sys.exit(f"README.md names {len(files)} quick start files; expected the two entities, the enum, the repository interface, the program and the test")
for path, code in files:
    target = os.path.join(project, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    open(target, "w", encoding="utf-8").write(code + "\n")
    print("  wrote", path)
EOF

jdks=("$@")
[[ ${#jdks[@]} -eq 0 ]] && jdks=("${JAVA_HOME:-}")
for jdk in "${jdks[@]}"; do
  label=${jdk:-"the default JDK"}
  echo "steps 2-5: mvn test of the README's project on $label"
  (cd "$project" && rm -rf target &&
    JAVA_HOME="$jdk" mvn -B -q "${offline[@]}" -Dmaven.repo.local="$repo" test)
  report=$(cat "$project"/target/surefire-reports/*.txt 2>/dev/null || true)
  if ! grep -q "Tests run: 1, Failures: 0, Errors: 0, Skipped: 0" <<<"$report"; then
    echo "the quick start's test did not run and pass on $label:" >&2
    echo "$report" >&2
    exit 1
  fi
  echo "  passed: the processor ran and OrderRepositoryTest passed on $label"
done

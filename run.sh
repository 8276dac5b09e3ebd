#!/usr/bin/env bash
# The run command: builds Rapport when its sources changed since the last build made here, then
# starts it (server-config/target/rapport-server.jar: PostgreSQL, then Payara Micro with the WAR).
# Arguments go to the launcher. Data and relative paths are relative to the current folder.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$root/scripts/java.sh"
require_java run

target="$root/server-config/target"
stamp="$target/run.sh.built" # written after a build succeeded; the build's inputs are compared with it

changed_since_build() {
  [ -f "$stamp" ] && [ -f "$target/rapport-server.jar" ] && [ -f "$target/runtime/rapport.war" ] || return 0
  # pom.xml files, the Maven configuration and every module's src/ (a deleted file changes its folder)
  [ -n "$(cd "$root" && find . \( -name target -o -name .git -o -path ./data -o -name node_modules \) -prune \
      -o \( -name pom.xml -o -path './.mvn*' -o -name src -o -path '*/src/*' \) -newer "$stamp" -print -quit)" ]
}

if changed_since_build; then
  require_javac run
  echo "Rapport: building (./mvnw -q -Dmaven.test.skip=true package) ..."
  mkdir -p "$target"
  started="$target/run.sh.started.$$"
  touch "$started" # a file saved during the build counts as changed next time
  trap 'rm -f "$started"' EXIT
  (cd "$root" && ./mvnw -q -Dmaven.test.skip=true package) # tests are test.sh's job: not even compiled here
  mv "$started" "$stamp"
else
  echo "Rapport: nothing changed since the last build; starting it"
fi
exec "$JAVA" -jar "$target/rapport-server.jar" "$@"

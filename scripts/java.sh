# Sourced by run.sh and test.sh: find the Java that ./mvnw will use (JAVA_HOME, else the PATH),
# and stop with one line when it is missing or older than 17. Sets JAVA.

java_problem() {
  echo "$1: Rapport needs a JDK 17 or newer, $2: install one (Debian: apt-get install openjdk-17-jdk-headless) and put it on the PATH or in JAVA_HOME" >&2
  exit 1
}

require_java() { # $1: who asks (run, test)
  if [ -n "${JAVA_HOME:-}" ]; then
    JAVA="$JAVA_HOME/bin/java"
    [ -x "$JAVA" ] || java_problem "$1" "but JAVA_HOME ($JAVA_HOME) has no bin/java"
  else
    JAVA=$(command -v java || true)
    [ -n "$JAVA" ] || java_problem "$1" "and there is no java on the PATH"
  fi
  local version
  version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  version=${version#1.} # 1.8 is Java 8
  version=${version%%.*}
  case "$version" in
    '' | *[!0-9]*) java_problem "$1" "and $JAVA does not say which version it is" ;;
  esac
  [ "$version" -ge 17 ] || java_problem "$1" "and $JAVA is Java $version"
}

require_javac() { # $1: who asks; building needs the compiler next to the java found above
  local bin
  bin=$(dirname "$(readlink -f "$JAVA")")
  [ -x "$bin/javac" ] || java_problem "$1" "and $JAVA is a JRE without javac (the build compiles Rapport)"
}

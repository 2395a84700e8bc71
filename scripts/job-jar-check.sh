#!/usr/bin/env bash
# Builds the Spark job jar (mvn -Pjob-jar) and runs it the way spark-submit does in client mode: the job jar and
# CoreNLP's models jar on the classpath beside Spark's own jars (here: the project's `provided` dependencies, the
# same jars a Spark 4.1 distribution ships), main class org.newsgraph.spark.SparkMain. Then imports the Parquet
# output into a fresh embedded store and lists its claims. Usage: scripts/job-jar-check.sh [INPUT...]
# On a cluster the same jar goes to:
#   spark-submit --class org.newsgraph.spark.SparkMain --jars stanford-corenlp-4.5.10-models.jar \
#     newsgraph-spark-VERSION-job.jar spark IN... --out DIR
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(examples)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mvn -B -q -o -DskipTests install -pl newsgraph-core,newsgraph-ingest,newsgraph-nlp,newsgraph-extract,newsgraph-store \
  || mvn -B -q -DskipTests install -pl newsgraph-core,newsgraph-ingest,newsgraph-nlp,newsgraph-extract,newsgraph-store
mvn -B -q -o -Pjob-jar -DskipTests package -pl newsgraph-spark
mvn -B -q -o dependency:build-classpath -pl newsgraph-spark -DincludeScope=provided \
  -Dmdep.outputFile="$work/spark-jars.txt" >/dev/null
job="$(ls -t newsgraph-spark/target/newsgraph-spark-*-job.jar | head -n 1)" # the version comes from the pom
models="$(find ~/.m2/repository/edu/stanford/nlp/stanford-corenlp -name 'stanford-corenlp-*-models.jar' | head -1)"
echo "job jar: $job ($(du -h "$job" | cut -f1)); models: $models; Spark jars: $(tr ':' '\n' <"$work/spark-jars.txt" | wc -l)"

# The JVM options Spark needs: the one list the launcher and the module's tests read too.
SPARK_LOCAL_IP=127.0.0.1 java -Xmx4g @"$HERE/newsgraph-spark/src/main/config/jvm-add-opens.txt" \
  -Dlog4j2.configurationFile="$HERE/newsgraph-spark/src/main/config/log4j2.properties" \
  -cp "$job:$models:$(cat "$work/spark-jars.txt")" org.newsgraph.spark.SparkMain \
  spark --master 'local[2]' "${inputs[@]}" --out "$work/out"
./newsgraph import --parquet "$work/out" --store "$work/store"
./newsgraph claims --store "$work/store" | head -5

/**
 * Fuzz tests (Jazzer, {@code @FuzzTest}) for the CSV reader, type inference, and the pipeline and session
 * loaders. The property is the same everywhere: a loader returns a value, or throws
 * {@link dev.ladderbench.core.data.InvalidInputException} with one sentence naming the file; any other
 * exception, an {@code OutOfMemoryError}, a stack overflow or a hang is a bug.
 *
 * <p>In a plain {@code mvn test} or {@code mvn verify} they only replay their seeds: the malformed-input
 * corpus ({@code src/test/resources/malformed}) and any inputs under {@code <Class>Inputs/<method>/} next
 * to them. To fuzz one target for longer (one target per run; new inputs are kept in {@code .cifuzz-corpus},
 * a crash is written under {@code src/test/resources/dev/ladderbench/fuzz/<Class>Inputs/<method>/}, where
 * it is replayed by every later test run until it is moved into the corpus with its expected outcome):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -o test -Dtest='CsvReaderFuzzTest#csvReaderReturnsADatasetOrOneSentence' \
 *     -Djazzer.hooks=true \
 *     -Djazzer.instrument='dev.ladderbench.**,com.fasterxml.jackson.**,ch.randelshofer.**' \
 *     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=3600 -Djazzer.internal.arg.2=-timeout=10
 * </pre>
 *
 * <p>The other targets: {@code CsvReaderFuzzTest#typeInferenceAgreesWithTheCellsWritten},
 * {@code PipelineFileFuzzTest#pipelineLoaderReturnsAPipelineOrOneSentence},
 * {@code PipelineFileFuzzTest#pipelineEntriesLoadOrAreRefusedInOneSentence} and
 * {@code SessionFileFuzzTest#sessionLoaderReturnsASessionOrOneSentence}. Without {@code -max_total_time} a
 * run stops after the annotation's five minutes. Do not set a JUnit timeout: it would interrupt the fuzzing
 * itself; {@code -timeout=10} makes libFuzzer report an input that takes longer than 10 s as a hang.
 */
package dev.ladderbench.fuzz;

package dev.ladderbench.core.samples;

/** One generated file of a sample: its name and its bytes (UTF-8 CSV with a header, LF line ends). */
public record SampleFile(String name, byte[] bytes) {
}

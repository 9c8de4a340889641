package dev.ladderbench.app;

import dev.ladderbench.core.Version;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Objects;

/** What "Copy details" puts on the clipboard: enough for a bug report without the log file. */
record CrashDetails(String thread, Throwable thrown) {

    /** The version, the platform and the full stack trace, as plain text. */
    String text() {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return "Ladderbench " + Version.current() + "\n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")\n"
                + "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + "max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB\n"
                + "Thread: " + thread + "\n\n"
                + trace;
    }

    /**
     * Two throwables with the same type, message and stack are one failure repeating (a handler that throws on
     * every mouse move): they get one dialog and one full log entry.
     */
    boolean sameFailureAs(CrashDetails other) {
        return other != null && thrown.getClass() == other.thrown.getClass()
                && Objects.equals(thrown.getMessage(), other.thrown.getMessage())
                && Arrays.equals(thrown.getStackTrace(), other.thrown.getStackTrace());
    }
}

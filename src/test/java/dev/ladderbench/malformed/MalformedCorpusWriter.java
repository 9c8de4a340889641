package dev.ladderbench.malformed;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.replay.PipelineFile;
import dev.ladderbench.core.replay.PipelineFitter;
import dev.ladderbench.core.replay.PipelineRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes the malformed-input corpus under {@code src/test/resources/malformed} (see the README there). The
 * files are committed, so that the corpus test and the fuzzers' seeds need no generator at test time; this
 * writer is how they were made, and how to make them again:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.ladderbench.malformed.MalformedCorpusWriter}.
 * Files the fuzzers found are committed as they were found, not written here.
 */
public final class MalformedCorpusWriter {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path root;

    private MalformedCorpusWriter(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/malformed");
        MalformedCorpusWriter writer = new MalformedCorpusWriter(root);
        writer.csv();
        writer.pipelines();
        writer.sessions();
    }

    // ---- CSV ----

    private void csv() throws IOException {
        text("csv/latin1.csv", "name,city,score,label\nJos\u00e9,M\u00fcnchen,1.5,yes\nRen\u00e9e,Z\u00fcrich,2.5,no\n"
                + "Fran\u00e7ois,K\u00f6ln,3.5,yes\n", LATIN_1);
        text("csv/utf16le-bom.csv", "\uFEFFx,y,label\n1,2,yes\n3,4,no\n5,6,yes\n", StandardCharsets.UTF_16LE);
        text("csv/utf16be-bom.csv", "\uFEFFx,y,label\n1,2,yes\n3,4,no\n5,6,yes\n", StandardCharsets.UTF_16BE);
        text("csv/utf16le-no-bom.csv", "x,y,label\n1,2,yes\n3,4,no\n5,6,yes\n", StandardCharsets.UTF_16LE);
        bytes("csv/invalid-utf8.csv", concat(utf8("name,score,label\nok,1,yes\nbad"), new byte[] {(byte) 0xFF, (byte) 0xC3},
                utf8(",2,no\nfine,3,yes\n")));
        StringBuilder early = new StringBuilder("id,text,label\n");
        for (int i = 0; early.length() < 70_000; i++) {
            early.append(i).append(",plain ascii row ").append(i).append(',').append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        bytes("csv/invalid-utf8-after-64k.csv", concat(utf8(early.toString()), utf8("99999,caf"), new byte[] {(byte) 0xE9},
                utf8(",yes\n")));
        bytes("csv/utf8-bom.csv", concat(UTF8_BOM, utf8("x,y,label\n1,2,yes\n3,4,no\n")));
        bytes("csv/bom-in-the-middle.csv", concat(utf8("x,y,label\n1,2,yes\n3,4,no\n"), UTF8_BOM,
                utf8("x,y,label\n5,6,yes\n7,8,no\n")));
        text("csv/semicolon.csv", "x;y;label\n1;2;yes\n3;4;no\n5;6;yes\n");
        text("csv/tab.tsv", "x\ty\tlabel\n1\t2\tyes\n3\t4\tno\n5\t6\tyes\n");
        text("csv/tab-named-csv.csv", "x\ty\tlabel\n1\t2\tyes\n3\t4\tno\n5\t6\tyes\n");
        text("csv/pipe.csv", "x|y|label\n1|2|yes\n3|4|no\n5|6|yes\n");
        text("csv/unbalanced-quote.csv", "x,note,label\n1,\"fine\",yes\n2,\"never closed,no\n3,plain,yes\n");
        text("csv/quote-then-text.csv", "x,note,label\n1,\"closed\"trailing,yes\n2,plain,no\n");
        text("csv/lone-quote.csv", "\"");
        text("csv/embedded-newlines.csv", "x,note,label\n1,\"first line\nsecond line\",yes\n2,\"a\r\nb\",no\n"
                + "3,plain,yes\n");
        text("csv/crlf.csv", "x,y,label\r\n1,2,yes\r\n3,4,no\r\n5,6,yes\r\n");
        text("csv/cr-only.csv", "x,y,label\r1,2,yes\r3,4,no\r5,6,yes\r");
        text("csv/mixed-line-ends.csv", "x,y,label\r\n1,2,yes\n3,4,no\r5,6,yes\r\n");
        text("csv/trailing-delimiter.csv", "x,y,label,\n1,2,yes,\n3,4,no,\n5,6,yes,\n");
        text("csv/trailing-delimiter-rows-only.csv", "x,y,label\n1,2,yes,\n3,4,no,\n");
        text("csv/ragged-short-row.csv", "x,y,label\n1,2,yes\n3,no\n5,6,yes\n");
        text("csv/ragged-long-row.csv", "x,y,label\n1,2,yes\n3,4,no,extra\n5,6,yes\n");
        text("csv/huge-field.csv", "x,blob,label\n1," + "abcdefghij".repeat(15_000) + ",yes\n2,small,no\n");
        text("csv/nul-bytes.csv", "x,y,label\n1,2\u0000,yes\n3,4,no\n");
        StringBuilder wide = new StringBuilder();
        for (int row = 0; row < 4; row++) {
            for (int c = 0; c < 10_000; c++) {
                wide.append(c == 0 ? "" : ",").append(row == 0 ? "c" + c : String.valueOf((row * 7 + c) % 10));
            }
            wide.append('\n');
        }
        text("csv/10000-columns.csv", wide.toString());
        text("csv/one-row.csv", "x,y,label\n1,2,yes\n");
        text("csv/one-column.csv", "label\nyes\nno\nyes\nno\n");
        text("csv/only-missing.csv", "x,y,label\nNA,,NA\n,NA,\nnull,?,None\n");
        text("csv/only-delimiters.csv", ",,\n,,\n,,\n");
        text("csv/thousands-separators.csv", "income,age,label\n\"1,234\",31,yes\n\"12,345,678\",45,no\n\"987\",28,yes\n"
                + "\"-4,500.25\",52,no\n");
        text("csv/decimal-comma.csv", "price;weight;label\n1,5;12,25;yes\n2,75;3;no\n-0,5;1.234,5;yes\n10;7,0;no\n");
        text("csv/mixed-types.csv", "x,code,label\n1,10,yes\n2,20,no\n3,A7,yes\n4,30,no\n");
        text("csv/duplicate-headers.csv", "x,x,,label,label\n1,2,3,yes,a\n4,5,6,no,b\n");
        text("csv/empty.csv", "");
        text("csv/blank-lines-only.csv", "\n\n  \n\r\n");
        text("csv/header-only.csv", "x,y,label\n");
        text("csv/infinities-and-nan.csv", "x,y,label\n1,Inf,yes\n-Infinity,2,no\nNaN,3,yes\n4,-inf,no\n");
        text("csv/padded-numbers.csv", "x,y,label\n 1 , 2.5 ,yes\n\t3\t,4 ,no\n");
        text("csv/java-number-spellings.csv", "x,y,label\n1d,0x1p3,yes\n2f,1e400,no\n3,.5,yes\n");
        text("csv/long-header-name.csv", "x," + "n".repeat(5_000) + ",label\n1,2,yes\n3,4,no\n");
        bytes("csv/excel-workbook.csv", concat(new byte[] {0x50, 0x4B, 0x03, 0x04}, new byte[60]));
        StringBuilder rows = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 500; i++) {
            rows.append(i * 7919 % 1000).append(',').append(i * 104_729 % 997).append(',').append(i % 3 == 0 ? "yes" : "no")
                    .append('\n');
        }
        byte[] gzipped = gzip(utf8(rows.toString()));
        bytes("csv/truncated.csv.gz", Arrays.copyOf(gzipped, gzipped.length / 2));
    }

    // ---- pipelines ----

    private void pipelines() throws Exception {
        Path data = Files.createTempDirectory("corpus").resolve("training.csv");
        StringBuilder csv = new StringBuilder("age,income,colour,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append(20 + i % 40).append(',').append(1000 + 37 * i % 900).append(',')
                    .append(new String[] {"red", "green", "blue"}[i % 3]).append(',').append(i % 4 == 0 ? "yes" : "no")
                    .append('\n');
        }
        Files.writeString(data, csv);
        Path valid = root.resolve("pipeline/valid-linear.lbp");
        Files.createDirectories(valid.getParent());
        PipelineFile.write(PipelineFitter.fit(new CsvDatasetReader().read(data, CsvReadOptions.defaults(),
                        ProgressListener.NONE, CancellationToken.none()).dataset(),
                new PipelineRequest("label", Optional.of("yes"), Set.of(), ModelKind.LINEAR, 0.5, 42),
                ProgressListener.NONE, CancellationToken.none()).pipeline(), valid);
        Files.delete(data);
        Files.delete(data.getParent());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(valid.toFile())) {
            for (String name : new String[] {"manifest.json", "model.json"}) {
                entries.put(name, zip.getInputStream(zip.getEntry(name)).readAllBytes());
            }
        }
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        String model = new String(entries.get("model.json"), StandardCharsets.UTF_8);
        byte[] whole = Files.readAllBytes(valid);

        bytes("pipeline/empty.lbp", new byte[0]);
        text("pipeline/plain-text.lbp", "this is not a pipeline\n");
        bytes("pipeline/truncated.lbp", Arrays.copyOf(whole, whole.length / 2));
        bytes("pipeline/truncated-central-directory.lbp", Arrays.copyOf(whole, whole.length - 10));
        zip("pipeline/bad-json-manifest.lbp", Map.of("manifest.json", utf8(manifest.substring(0, manifest.length() / 2)),
                "model.json", utf8(model)));
        zip("pipeline/bad-json-model.lbp", Map.of("manifest.json", utf8(manifest), "model.json", utf8("{\"type\": ")));
        zip("pipeline/wrong-manifest-format.lbp", Map.of("manifest.json",
                utf8(manifest.replace("\"ladderbench/pipeline\"", "\"someone-else/model\"")), "model.json", utf8(model)));
        zip("pipeline/manifest-format-2.lbp", Map.of("manifest.json",
                utf8(manifest.replace("\"format_version\" : 1,", "\"format_version\" : 2,")), "model.json", utf8(model)));
        zip("pipeline/manifest-is-a-list.lbp", Map.of("manifest.json", utf8("[1, 2, 3]"), "model.json", utf8(model)));
        zip("pipeline/manifest-wrong-types.lbp", Map.of("manifest.json",
                utf8(manifest.replaceFirst("\"threshold\" : [^,]+,", "\"threshold\" : \"half\",")), "model.json", utf8(model)));
        zip("pipeline/model-weights-wrong-count.lbp", Map.of("manifest.json", utf8(manifest),
                "model.json", utf8(model.replaceFirst("\"weights\" : \\[ [^,]+,", "\"weights\" : ["))));
        zip("pipeline/model-of-another-kind.lbp", Map.of("manifest.json", utf8(manifest),
                "model.json", utf8(model.replace("\"type\" : \"linear\"", "\"type\" : \"forest\""))));
        zip("pipeline/deep-nesting.lbp", Map.of("manifest.json", utf8("[".repeat(5_000) + "]".repeat(5_000)),
                "model.json", utf8(model)));
        zip("pipeline/missing-model.lbp", Map.of("manifest.json", utf8(manifest)));
        zip("pipeline/extra-entry.lbp", ordered("manifest.json", utf8(manifest), "model.json", utf8(model),
                "run.sh", utf8("#!/bin/sh\necho owned\n")));
        zip("pipeline/zip-slip.lbp", ordered("manifest.json", utf8(manifest), "../../../../tmp/ladderbench-zip-slip.json",
                utf8(model)));
        zip("pipeline/zip-slip-absolute.lbp", ordered("manifest.json", utf8(manifest), "/tmp/ladderbench-zip-slip.json",
                utf8(model)));
        byte[] spaces = new byte[5 << 20];
        Arrays.fill(spaces, (byte) ' ');
        zip("pipeline/zip-bomb.lbp", ordered("manifest.json", spaces, "model.json", utf8(model)));
        bytes("pipeline/serialized-object.lbp", serializedHashMapWithUrl());
        zip("pipeline/serialized-object-as-model.lbp", ordered("manifest.json", utf8(manifest), "model.json",
                serializedHashMapWithUrl()));
        zip("pipeline/duplicate-entry.lbp", ordered("manifest.json", utf8(manifest), "manifesX.json", utf8(manifest)));
        byte[] duplicate = Files.readAllBytes(root.resolve("pipeline/duplicate-entry.lbp"));
        replaceAll(duplicate, "manifesX.json", "manifest.json");
        bytes("pipeline/duplicate-entry.lbp", duplicate);
    }

    // ---- sessions ----

    private void sessions() throws IOException {
        String valid = """
                {
                  "schema" : "ladderbench/session-v1",
                  "data" : {
                    "path" : "/data/credit.csv",
                    "sha256" : "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                  },
                  "target" : "class",
                  "positive_label" : "bad",
                  "excluded" : [ "id" ],
                  "settings" : { "folds" : 5, "seed" : 42, "cv" : "shuffled" },
                  "errors" : { "model" : "forest", "threshold" : 0.5 },
                  "overrides" : [ ],
                  "checklist" : { "dev-baseline" : { "ticked" : true, "note" : "checked by hand" } },
                  "saved_by" : "Ladderbench 0.1.0"
                }
                """;
        text("session/valid.ladder", valid);
        text("session/empty.ladder", "");
        text("session/bad-json.ladder", valid.replace("\"target\" : \"class\",", "\"target\" : class,"));
        text("session/truncated.ladder", valid.substring(0, valid.length() / 2));
        text("session/json-array.ladder", "[ ]\n");
        text("session/no-schema.ladder", valid.replace("\"schema\" : \"ladderbench/session-v1\",\n", ""));
        text("session/wrong-version.ladder", valid.replace("session-v1", "session-v9"));
        text("session/wrong-types.ladder", valid.replace("\"folds\" : 5", "\"folds\" : \"five\""));
        text("session/wrong-types-data.ladder", valid.replaceFirst("\"data\" : \\{[^}]*\\}", "\"data\" : \"credit.csv\""));
        text("session/threshold-out-of-range.ladder", valid.replace("\"threshold\" : 0.5", "\"threshold\" : 7"));
        text("session/unknown-rung.ladder", valid.replace("\"overrides\" : [ ]", "\"overrides\" : [ \"rung-99\" ]"));
        text("session/nul-in-path.ladder", valid.replace("/data/credit.csv", "/data/cre\\u0000dit.csv"));
        text("session/deep-nesting.ladder", "[".repeat(50_000) + "]".repeat(50_000));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            many.append(i == 0 ? "" : ", ").append("\"c").append(i).append('"');
        }
        text("session/huge-excluded-list.ladder", valid.replace("[ \"id\" ]", "[ " + many + " ]"));
        bytes("session/latin1-note.ladder", valid.replace("checked by hand", "gepr\u00fcft").getBytes(LATIN_1));
        text("session/utf16.ladder", valid, StandardCharsets.UTF_16);
        bytes("session/serialized-object.ladder", serializedHashMapWithUrl());
    }

    // ---- helpers ----

    /** A HashMap keyed by a URL: the classic gadget whose deserialization makes a DNS lookup. */
    static byte[] serializedHashMapWithUrl() throws IOException {
        HashMap<URL, String> map = new HashMap<>();
        map.put(new URL("file:/ladderbench/probe"), "probe");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> ordered(Object... namesAndContents) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            entries.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
        }
        return entries;
    }

    private void zip(String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : (entries instanceof LinkedHashMap ? entries
                    : new java.util.TreeMap<>(entries)).entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(1_577_836_800_000L);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        bytes(name, bytes.toByteArray());
    }

    private static void replaceAll(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + f.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, bytes, i, t.length);
            }
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private void text(String name, String content) throws IOException {
        text(name, content, StandardCharsets.UTF_8);
    }

    private void text(String name, String content, Charset charset) throws IOException {
        bytes(name, content.getBytes(charset));
    }

    private void bytes(String name, byte[] content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}

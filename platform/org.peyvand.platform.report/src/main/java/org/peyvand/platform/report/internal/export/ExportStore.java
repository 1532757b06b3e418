package org.peyvand.platform.report.internal.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.peyvand.platform.report.ExportJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The export folder: each export's file under its id, written under a temporary name until it is
 * complete, and beside it, once it has finished, a small JSON note of whose it is and how it went,
 * so a restart still finds the exports it kept.
 */
final class ExportStore {
    private static final Logger LOG = LoggerFactory.getLogger(ExportStore.class);
    private static final String NOTE = ".json";
    private static final String PART = ".part";

    /** An export as kept: its owner and the job as it ended. */
    record Kept(String owner, ExportJob job) {
    }

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    ExportStore(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Where an export is written until it is complete. */
    Path partial(ExportJob job) {
        return folder.resolve(job.id() + "." + job.format().extension() + PART);
    }

    Path file(ExportJob job) {
        return folder.resolve(job.id() + "." + job.format().extension());
    }

    /** Keeps a finished export: its complete file (if any) under its own name, then its note. */
    void keep(String owner, ExportJob job) throws IOException {
        if (Files.exists(partial(job))) {
            Files.move(partial(job), file(job), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        json.writeValue(folder.resolve(job.id() + NOTE).toFile(), new Kept(owner, job));
    }

    /** Removes whatever an export left: file, unfinished file and note. */
    void remove(ExportJob job) {
        for (Path path : List.of(partial(job), file(job), folder.resolve(job.id() + NOTE))) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not remove {}: {}", path, e.toString());
            }
        }
    }

    /**
     * The exports kept; unfinished files a stop interrupted, and exports that finished before
     * {@code oldest}, are removed.
     */
    List<Kept> load(Instant oldest) {
        List<Kept> kept = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path path : files) {
                String name = path.getFileName().toString();
                if (name.endsWith(PART)) {
                    Files.deleteIfExists(path);
                } else if (name.endsWith(NOTE)) {
                    read(path).ifPresent(note -> {
                        if (note.job().finished() != null && note.job().finished().isBefore(oldest)) {
                            remove(note.job());
                        } else {
                            kept.add(note);
                        }
                    });
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not read the export folder {}: {}", folder, e.toString());
        }
        return kept;
    }

    private java.util.Optional<Kept> read(Path note) {
        try {
            return java.util.Optional.of(json.readValue(note.toFile(), Kept.class));
        } catch (IOException unreadable) {
            LOG.warn("Skipping the unreadable export note {}: {}", note, unreadable.toString());
            return java.util.Optional.empty();
        }
    }
}

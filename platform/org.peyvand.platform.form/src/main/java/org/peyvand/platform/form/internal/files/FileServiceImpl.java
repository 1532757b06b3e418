package org.peyvand.platform.form.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.PayloadTooLargeException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.file.ContentTypes;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormPermissions;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.StoredFile;
import org.peyvand.platform.form.internal.store.FileChunks;
import org.peyvand.platform.form.internal.store.FileEntity;
import org.peyvand.platform.form.internal.store.StoredFiles;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;

@Component(service = FileService.class)
public class FileServiceImpl implements FileService {
    private static final int NAME_LIMIT = 255;
    private static final Duration UNHELD_KEPT = Duration.ofDays(1);

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final RecordLookups lookups;
    private final Clock clock;

    @Activate
    public FileServiceImpl(@Reference(target = "(osgi.unit.name=crm.form)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.form)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference RecordLookups lookups) {
        this(new Transactions(jpa), guard, access, lookups, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static FileServiceImpl wiredWith(Transactions tx, AccessGuard guard, RecordAccess access, RecordLookups lookups, Clock clock) {
        return new FileServiceImpl(tx, guard, access, lookups, clock);
    }

    private FileServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, RecordLookups lookups, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.lookups = lookups;
        this.clock = clock;
    }

    @Override
    public StoredFile upload(Caller caller, String name, InputStream content) {
        guard.require(caller, FormPermissions.FILE_USE);
        String cleanName = cleanName(name);
        List<byte[]> chunks = new ArrayList<>();
        MessageDigest sha = sha256();
        long size = read(content, chunks, sha);
        String type = ContentTypes.of(cleanName, chunks.isEmpty() ? new byte[0] : chunks.get(0));
        String digest = HexFormat.of().formatHex(sha.digest());
        return tx.write(em -> null, (em, nothing) -> {
            new StoredFiles(em).dropUnheld(clock.instant().minus(UNHELD_KEPT));
            FileEntity file = new FileEntity(cleanName, type, size, digest, caller.username(), clock.instant());
            em.persist(file);
            em.flush();
            FileChunks stored = new FileChunks(em);
            for (int seq = 0; seq < chunks.size(); seq++) {
                stored.write(file.id(), seq, chunks.get(seq));
            }
            return file.toFile();
        });
    }

    @Override
    public StoredFile describe(Caller caller, long id) {
        guard.require(caller, FormPermissions.FILE_USE);
        return readable(caller, id).toFile();
    }

    @Override
    public void download(Caller caller, long id, OutputStream out) {
        guard.require(caller, FormPermissions.FILE_USE);
        readable(caller, id);
        int seq = 0;
        while (seq >= 0) {
            int from = seq;
            seq = tx.read(em -> new FileChunks(em).copy(id, from, out));
        }
    }

    /** The file, when the caller uploaded it and nothing holds it yet, or may see the field of the record holding it. */
    private FileEntity readable(Caller caller, long id) {
        FileEntity file = tx.read(em -> new StoredFiles(em).find(id)).orElseThrow(() -> missing(id));
        boolean readable = file.held() ? mayRead(caller, file) : file.uploadedBy().equals(caller.username());
        if (!readable) {
            throw missing(id);
        }
        return file;
    }

    private boolean mayRead(Caller caller, FileEntity file) {
        if (!access.fields(caller, file.recordType()).visible(file.field())) {
            return false;
        }
        String record = String.valueOf(file.recordId());
        try {
            return lookups.names(caller, file.recordType(), List.of(record)).containsKey(record);
        } catch (AccessDeniedException | NotFoundException unseen) {
            return false;
        }
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("form.error.fileNotFound", id);
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (base.isEmpty()) {
            throw ValidationException.of("name", "core.error.required");
        }
        if (base.length() > NAME_LIMIT || base.chars().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("name", "form.error.fileName", NAME_LIMIT);
        }
        return base;
    }

    /** Reads the upload in chunks, refusing it once it passes {@link #MAX_BYTES}, before it is all in memory. */
    private static long read(InputStream content, List<byte[]> chunks, MessageDigest sha) {
        long size = 0;
        try (content) {
            byte[] chunk;
            while ((chunk = content.readNBytes(FileChunks.CHUNK)).length > 0) {
                size += chunk.length;
                if (size > MAX_BYTES) {
                    throw new PayloadTooLargeException(MAX_BYTES);
                }
                sha.update(chunk);
                chunks.add(chunk);
            }
        } catch (IOException e) {
            throw new BadRequestException("core.error.malformedBody", e.getMessage());
        }
        return size;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

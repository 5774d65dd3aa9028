package io.gongkai.search.control;

import io.gongkai.platform.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One generation of the index on disk: a folder {@code g<millis>} under the index root with its
 * writer and searchers. The file {@code current} in the root names the live generation; a rebuild
 * writes a new generation beside it and moves the pointer atomically. Each commit carries the last
 * applied change-log position and the analysis stamp in its user data, so a generation knows where
 * it stands and whether this version of Gongkai may use it.
 */
record Generation(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers) {

  private static final System.Logger LOG = System.getLogger(Generation.class.getName());
  private static final String POSITION = "position";
  private static final String STAMP = "stamp";
  private static final String POINTER = "current";

  /** The live generation opened with its position, or why there is none that can be used. */
  record Opened(Generation generation, long position, Message problem) {}

  /** Opens the generation the pointer names, with searchers from {@code searchers}. */
  static Opened open(Path root, Searchers searchers) {
    Path pointer = root.resolve(POINTER);
    if (!Files.isRegularFile(pointer)) {
      return new Opened(null, 0, Message.of("search.rebuild.no-index"));
    }
    Path dir;
    try {
      dir = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      return new Opened(
          null, 0, Message.of("search.rebuild.pointer-unreadable", String.valueOf(e.getMessage())));
    }
    Directory directory = null;
    IndexWriter writer = null;
    try {
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        return new Opened(
            null, 0, Message.of("search.rebuild.index-missing", String.valueOf(dir.getFileName())));
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      if (!Analysis.STAMP.equals(data.get(STAMP))) {
        directory.close();
        String stamp = data.get(STAMP);
        return new Opened(
            null,
            0,
            stamp == null
                ? Message.of("search.rebuild.written-by-unknown")
                : Message.of("search.rebuild.written-by", stamp));
      }
      writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND, 32));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        reader.leaves().forEach(leaf -> leaf.reader().getFieldInfos());
      }
      Generation g = new Generation(dir, directory, writer, new SearcherManager(writer, searchers));
      deleteOthers(root, dir);
      return new Opened(g, Long.parseLong(data.get(POSITION)), null);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Search index unreadable, rebuilding: " + e);
      closeQuietly(writer, directory);
      return new Opened(
          null, 0, Message.of("search.rebuild.unreadable", e.getClass().getSimpleName()));
    }
  }

  /** A new, empty generation beside the live one, for a rebuild to fill. */
  static Generation create(Path root) throws IOException {
    Files.createDirectories(root);
    Path dir = root.resolve("g" + System.currentTimeMillis());
    Directory directory = FSDirectory.open(dir);
    try {
      IndexWriter writer =
          new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE, 64));
      return new Generation(dir, directory, writer, null);
    } catch (IOException | RuntimeException e) {
      closeQuietly(null, directory);
      throw e;
    }
  }

  /** The same generation with searchers, once it is filled. */
  Generation searchable(Searchers searchers) throws IOException {
    return new Generation(dir, directory, writer, new SearcherManager(writer, searchers));
  }

  /** Makes this generation the one opened after a restart. */
  void makeCurrent() throws IOException {
    Path root = dir.getParent();
    Path tmp = root.resolve(POINTER + ".tmp");
    Files.writeString(tmp, dir.getFileName().toString(), StandardCharsets.UTF_8);
    Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Commits what was written, with the change-log position it reflects. */
  void commit(long position) throws IOException {
    writer.setLiveCommitData(
        Map.of(POSITION, Long.toString(position), STAMP, Analysis.STAMP).entrySet());
    writer.commit();
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode, int ramMegabytes) {
    IndexWriterConfig config = new IndexWriterConfig(Analysis.INDEXING);
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(ramMegabytes);
    config.setCommitOnClose(false);
    return config;
  }

  long sizeBytes() {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Closes searchers and writer without committing. */
  void close() {
    if (searchers != null) {
      try {
        searchers.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Closing searchers: " + e);
      }
    }
    closeQuietly(writer, directory);
  }

  /** Closes and removes the generation's folder. */
  void discard() {
    close();
    deleteTree(dir);
  }

  static void closeQuietly(IndexWriter writer, Directory directory) {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "Closing writer: " + e);
    }
    try {
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Closing directory: " + e);
    }
  }

  private static void deleteOthers(Path root, Path keep) {
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(Files::isDirectory).filter(d -> !d.equals(keep)).forEach(Generation::deleteTree);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Listing " + root + ": " + e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "Could not delete " + dir + ": " + e);
    }
  }
}

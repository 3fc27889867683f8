#if canImport(Glibc)
import Glibc
import Foundation
import Synchronization

/// Watches the model file and the files it imports with inotify, through the folders they are
/// in: editors save by writing a temporary file and renaming it over the old one, which a watch
/// on the file itself would miss after the first save.
///
/// A burst of events (a save is often several: write, close, rename, attribute change) is
/// debounced: the change is reported once the folder has been quiet for ``quietPeriod``, or
/// ``longestDelay`` after the first event at the latest. Events for other files in the
/// folders are ignored, except YAML and JSON files while the model does not load (the file
/// that is missing may be the one being written).
public final class ModelWatcher: Sendable {
  /// How long the folders must be quiet before a change is reported.
  public static let quietPeriod: Duration = .milliseconds(30)
  /// The longest a change waits for quiet.
  public static let longestDelay: Duration = .milliseconds(300)

  private struct Watches {
    /// Watch descriptor → folder.
    var folders: [Int32: String] = [:]
    /// The names watched in each folder.
    var names: [String: Set<String>] = [:]
  }

  private let inotify: Int32
  private let wake: Int32
  private let wakeWriter: Int32
  private let watches = Mutex(Watches())
  private let isStopped = Mutex(false)
  private let everyYAMLFile: @Sendable () -> Bool

  /// Starts watching `files`.
  ///
  /// `onChange` runs on the watcher's thread after every debounced
  /// burst, and returns the files to watch from then on (imports may have changed).
  /// `everyYAMLFile` tells whether any `.yaml`, `.yml` or `.json` file in the folders counts.
  /// - Throws: ``PreviewServerError/watch(call:code:)`` when inotify is not available.
  public init(
    files: [String], everyYAMLFile: @escaping @Sendable () -> Bool,
    onChange: @escaping @Sendable () -> [String]
  ) throws(PreviewServerError) {
    let fd = inotify_init1(Int32(IN_CLOEXEC))
    guard fd >= 0 else { throw .watch(call: "inotify_init1", code: errno) }
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else {
      let code = errno
      _ = systemClose(fd)
      throw .watch(call: "pipe", code: code)
    }
    _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    inotify = fd
    wake = ends[0]
    wakeWriter = ends[1]
    self.everyYAMLFile = everyYAMLFile
    try watch(files)
    let thread = Thread { [self] in run(onChange: onChange) }
    thread.name = "bekijk-bewaker"
    thread.start()
  }

  /// Stops the watcher's thread.
  public func stop() {
    isStopped.withLock { $0 = true }
    var one: UInt8 = 1
    _ = write(wakeWriter, &one, 1)
  }

  /// The folders watched now.
  public var folders: [String] { watches.withLock { Array($0.folders.values).sorted() } }

  /// Watches the folders of `files` (adding new ones; folders no longer needed stay watched).
  private func watch(_ files: [String]) throws(PreviewServerError) {
    var byFolder: [String: Set<String>] = [:]
    for file in files {
      let (folder, name) = Self.split(file)
      byFolder[folder, default: []].insert(name)
    }
    let mask =
      UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
      | UInt32(IN_DELETE) | UInt32(IN_MODIFY) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF)
      | UInt32(IN_MOVE_SELF)
    var failure: PreviewServerError?
    watches.withLock { watches in
      for (folder, names) in byFolder {
        let descriptor = inotify_add_watch(inotify, folder, mask)
        if descriptor < 0 {
          if failure == nil { failure = .watch(call: "inotify_add_watch \(folder)", code: errno) }
          continue
        }
        watches.folders[descriptor] = folder
        watches.names[folder] = names
      }
    }
    if let failure, watches.withLock({ $0.folders.isEmpty }) { throw failure }
  }

  private func run(onChange: @Sendable () -> [String]) {
    var pending: ContinuousClock.Instant?
    var lastEvent = ContinuousClock.now
    while !isStopped.withLock({ $0 }) {
      var timeout: Int32 = -1
      if let first = pending {
        let now = ContinuousClock.now
        let due = min(lastEvent + Self.quietPeriod, first + Self.longestDelay)
        timeout = due <= now ? 0 : Int32(Self.milliseconds(due - now))
        if timeout == 0 {
          pending = nil
          let files = onChange()
          try? watch(files)
          continue
        }
      }
      var entries = [
        pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&entries, 2, timeout)
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      if entries[1].revents != 0 { break }
      if entries[0].revents != 0, readEvents() {
        lastEvent = ContinuousClock.now
        if pending == nil { pending = lastEvent }
      }
    }
    _ = systemClose(inotify)
    _ = systemClose(wake)
    _ = systemClose(wakeWriter)
  }

  /// Reads the waiting events; `true` when one concerns a watched file.
  private func readEvents() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }
    let anyYAML = everyYAMLFile()
    var relevant = false
    var offset = 0
    let header = 16
    watches.withLock { watches in
      while offset + header <= count {
        let descriptor = buffer.withUnsafeBytes {
          $0.loadUnaligned(fromByteOffset: offset, as: Int32.self)
        }
        let mask = buffer.withUnsafeBytes {
          $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
        }
        let length = Int(
          buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
        let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)]
        let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
        offset += header + length
        if mask & UInt32(IN_IGNORED) != 0 {
          if let folder = watches.folders.removeValue(forKey: descriptor) {
            watches.names[folder] = nil
          }
          relevant = true
          continue
        }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_Q_OVERFLOW)) != 0 {
          relevant = true
          continue
        }
        guard let folder = watches.folders[descriptor] else { continue }
        if watches.names[folder]?.contains(name) == true {
          relevant = true
        } else if anyYAML,
          name.hasSuffix(".yaml") || name.hasSuffix(".yml")
            || name.hasSuffix(".json")
        {
          relevant = true
        }
      }
    }
    return relevant
  }

  private static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }

  private static func milliseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
  }
}
#endif

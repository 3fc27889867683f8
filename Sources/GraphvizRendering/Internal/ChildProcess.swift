#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a child process with input on standard input and a deadline, collecting its standard
/// output and error; kills it (`SIGKILL`) when the deadline passes.
///
/// Standard input is one end of a socket pair, so that writing to a child that has already
/// exited fails with `EPIPE` instead of raising `SIGPIPE` in the host. Every descriptor is
/// close-on-exec, so the child inherits only its three standard streams.
enum ChildProcess {
  /// What the child did.
  struct Outcome {
    var output: [UInt8]
    var errors: [UInt8]
    var termination: Termination
  }

  /// How the child ended.
  enum Termination: Equatable {
    case exited(Int32)
    case signalled(Int32)
    case timedOut
  }

  /// The most bytes read from each stream; a child that writes more is killed.
  static let maximumOutput = 1 << 30

  static func run(
    executable: String, arguments: [String], input: [UInt8], timeout: Duration
  ) -> Result<Outcome, RenderingError> {
    let deadline = ContinuousClock.now + timeout
    var inputPair: [Int32] = [-1, -1]
    var outputPipe: [Int32] = [-1, -1]
    var errorPipe: [Int32] = [-1, -1]
    guard makeSocketPair(&inputPair), makePipe(&outputPipe) else {
      closeAll(inputPair + outputPipe)
      return .failure(.helperUnavailable(path: executable, reason: errorText()))
    }
    guard makePipe(&errorPipe) else {
      closeAll(inputPair + outputPipe)
      return .failure(.helperUnavailable(path: executable, reason: errorText()))
    }
    let spawned = spawn(
      executable: executable, arguments: arguments,
      streams: (inputPair[1], outputPipe[1], errorPipe[1]))
    closeAll([inputPair[1], outputPipe[1], errorPipe[1]])
    let pid: pid_t
    switch spawned {
    case .failure(let failure):
      closeAll([inputPair[0], outputPipe[0], errorPipe[0]])
      return .failure(.helperUnavailable(path: executable, reason: failure.reason))
    case .success(let child):
      pid = child
    }
    var exchange = Exchange(
      input: input, writer: inputPair[0], output: outputPipe[0], errors: errorPipe[0])
    let finished = exchange.run(until: deadline)
    exchange.closeRemaining()
    guard finished else {
      kill(pid, SIGKILL)
      _ = waitForExit(pid)
      if exchange.overflowed {
        return .failure(
          .helperFailed(status: -1, message: "het renderproces schreef meer dan 1 GiB uitvoer"))
      }
      return .success(Outcome(output: [], errors: exchange.errorBytes, termination: .timedOut))
    }
    // The child has closed both streams; it exits at once, unless it went on without them.
    var status: Int32 = 0
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid { break }
      if waited < 0, errno != EINTR { break }
      if ContinuousClock.now >= deadline {
        kill(pid, SIGKILL)
        _ = waitForExit(pid)
        return .success(Outcome(output: [], errors: exchange.errorBytes, termination: .timedOut))
      }
      usleep(1000)
    }
    let signal = status & 0x7F
    let termination: Termination =
      signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    return .success(
      Outcome(output: exchange.outputBytes, errors: exchange.errorBytes, termination: termination))
  }

  // MARK: Descriptors

  private static func makeSocketPair(_ pair: inout [Int32]) -> Bool {
    #if canImport(Glibc)
    let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    return pair.withUnsafeMutableBufferPointer { socketpair(AF_UNIX, type, 0, $0.baseAddress) }
      == 0
    #else
    let made = pair.withUnsafeMutableBufferPointer { buffer in
      socketpair(AF_UNIX, SOCK_STREAM, 0, buffer.baseAddress)
    }
    guard made == 0 else { return false }
    var one: Int32 = 1
    _ = setsockopt(
      pair[0], SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
    for descriptor in pair { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    return true
    #endif
  }

  private static func makePipe(_ pair: inout [Int32]) -> Bool {
    let made = pair.withUnsafeMutableBufferPointer { buffer in pipe(buffer.baseAddress) }
    guard made == 0 else { return false }
    for descriptor in pair { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    return true
  }

  private static func closeAll(_ descriptors: [Int32]) {
    for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
  }

  private static func errorText() -> String {
    String(cString: strerror(errno))
  }

  // MARK: Spawning

  private static func spawn(
    executable: String, arguments: [String], streams: (Int32, Int32, Int32)
  ) -> Result<pid_t, SpawnFailure> {
    #if canImport(Glibc)
    var actions = posix_spawn_file_actions_t()
    #else
    var actions: posix_spawn_file_actions_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, streams.0, 0)
    posix_spawn_file_actions_adddup2(&actions, streams.1, 1)
    posix_spawn_file_actions_adddup2(&actions, streams.2, 2)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    // The child starts with no signal blocked and every signal at its default action, whatever
    // the host's thread has blocked or ignored, so that a crash in it ends it.
    #if canImport(Glibc)
    var attributes = posix_spawnattr_t()
    #else
    var attributes: posix_spawnattr_t?
    #endif
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let status = argv.withUnsafeBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return EINVAL }
      return posix_spawn(&pid, executable, &actions, &attributes, base, environ)
    }
    guard status == 0 else {
      return .failure(SpawnFailure(reason: String(cString: strerror(status))))
    }
    return .success(pid)
  }

  /// Why a child could not be started.
  private struct SpawnFailure: Error {
    let reason: String
  }

  private static func waitForExit(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return status
  }

  /// Feeds standard input and drains standard output and error with `poll`.
  private struct Exchange {
    let input: [UInt8]
    var written = 0
    var writer: Int32
    var output: Int32
    var errors: Int32
    var outputBytes: [UInt8] = []
    var errorBytes: [UInt8] = []
    /// Whether the child wrote more than ``ChildProcess/maximumOutput``.
    var overflowed = false

    init(input: [UInt8], writer: Int32, output: Int32, errors: Int32) {
      self.input = input
      self.writer = writer
      self.output = output
      self.errors = errors
      for descriptor in [writer, output, errors] {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
      }
      if input.isEmpty { closeWriter() }
    }

    /// Runs until both output streams are closed (true) or the deadline passes (false).
    mutating func run(until deadline: ContinuousClock.Instant) -> Bool {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while output >= 0 || errors >= 0 {
        let remaining = deadline - ContinuousClock.now
        if remaining <= .zero { return false }
        let milliseconds = Int32(min(remaining.seconds * 1000 + 1, 60_000))
        var descriptors: [pollfd] = []
        if writer >= 0 {
          descriptors.append(pollfd(fd: writer, events: Int16(POLLOUT), revents: 0))
        }
        if output >= 0 { descriptors.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
        if errors >= 0 { descriptors.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
        let ready = descriptors.withUnsafeMutableBufferPointer {
          poll($0.baseAddress, nfds_t($0.count), milliseconds)
        }
        if ready < 0 {
          if errno == EINTR { continue }
          return false
        }
        for entry in descriptors where entry.revents != 0 {
          if entry.fd == writer {
            writeSome()
          } else if entry.fd == output {
            if !drain(output, into: &outputBytes, buffer: &buffer) { closeOutput() }
          } else if entry.fd == errors {
            if !drain(errors, into: &errorBytes, buffer: &buffer) { closeErrors() }
          }
        }
        if outputBytes.count > ChildProcess.maximumOutput
          || errorBytes.count > ChildProcess.maximumOutput
        {
          overflowed = true
          return false
        }
      }
      return true
    }

    private mutating func writeSome() {
      let count = input.count - written
      let sent = input.withUnsafeBufferPointer { buffer in
        #if canImport(Glibc)
        send(writer, buffer.baseAddress.map { $0 + written }, count, Int32(MSG_NOSIGNAL))
        #else
        write(writer, buffer.baseAddress.map { $0 + written }, count)
        #endif
      }
      if sent > 0 {
        written += sent
        if written == input.count { closeWriter() }
      } else if sent < 0, errno != EAGAIN, errno != EINTR {
        // The child stopped reading (it exited or closed its input); what it wrote still counts.
        closeWriter()
      }
    }

    /// Reads what is there; false at the end of the stream.
    private func drain(_ descriptor: Int32, into bytes: inout [UInt8], buffer: inout [UInt8])
      -> Bool
    {
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
          bytes += buffer[0..<count]
          if bytes.count > ChildProcess.maximumOutput { return true }
          continue
        }
        if count == 0 { return false }
        return errno == EAGAIN || errno == EINTR
      }
    }

    private mutating func closeWriter() {
      if writer >= 0 { close(writer) }
      writer = -1
    }

    private mutating func closeOutput() {
      if output >= 0 { close(output) }
      output = -1
    }

    private mutating func closeErrors() {
      if errors >= 0 { close(errors) }
      errors = -1
    }

    mutating func closeRemaining() {
      closeWriter()
      closeOutput()
      closeErrors()
    }
  }
}

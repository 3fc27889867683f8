extension OutputWriter {
  /// Writes an output that is made in chunks to `path` as it is made, or to standard output
  /// when `path` is `nil` or `-`.
  ///
  /// A file is written like ``write(_:to:)`` writes one (a temporary file next to it, renamed
  /// over it at the end; never onto an input), but the whole output is never held: `produce`
  /// hands each chunk to the function it is given. After a failed write the remaining chunks
  /// are dropped and the error is thrown once `produce` returns; the target is untouched.
  func write(to path: String?, producing produce: (_ chunk: ([UInt8]) -> Void) -> Void)
    throws(OutputError)
  {
    guard let path, path != "-" else {
      produce { Console.writeOutput($0) }
      return
    }
    let target = try resolve(path)
    let temporary = try stage(for: target) { descriptor in
      var failure: Int32?
      produce { chunk in
        guard failure == nil else { return }
        failure = chunk.withUnsafeBytes { Console.writeAll($0, to: descriptor) }
      }
      return failure
    }
    try OutputGuard.shared.committing { () throws(OutputError) in
      try commit([(target, temporary)])
    }
  }
}

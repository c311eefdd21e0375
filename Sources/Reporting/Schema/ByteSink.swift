/// Where a streamed renderer's bytes go: a file in the command layer, memory in tests.
///
/// Writing cannot fail here: a sink that can (a file) keeps its first error and reports it when it
/// is closed, as `ferror` does, so renderers stay free of error handling.
public protocol ByteSink {
    /// Appends `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer)
}

/// A sink that keeps the bytes in memory.
public struct ByteBuffer: ByteSink, Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    public init() {}

    /// Appends `bytes`.
    public mutating func write(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }

    /// The bytes as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

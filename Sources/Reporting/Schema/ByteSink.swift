/// Where a streamed renderer's bytes go: a file in the command layer, memory in tests.
///
/// Writing cannot fail here: a sink that can (a file) keeps its first error and reports it when it
/// is closed, as `ferror` does, so renderers stay free of error handling.
package protocol ByteSink {
    /// Appends `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer)
}

/// A sink that keeps the bytes in memory.
package struct ByteBuffer: ByteSink, Sendable {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    package init() {}

    /// Appends `bytes`.
    package mutating func write(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }

    /// The bytes as UTF-8 text.
    package var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A sink that hands its bytes to a closure: a renderer generic over its sink runs as generic code
/// when called from another module, so the public entry points forward to one of these and the
/// rendering itself is compiled for this one concrete sink.
struct ForwardingSink: ByteSink {
    /// Where the bytes go.
    private let forward: (UnsafeRawBufferPointer) -> Void

    /// A sink handing every write to `forward`.
    init(_ forward: @escaping (UnsafeRawBufferPointer) -> Void) { self.forward = forward }

    /// Hands `bytes` on.
    mutating func write(_ bytes: UnsafeRawBufferPointer) { forward(bytes) }
}

extension ByteSink {
    /// Runs `body` with a ``ForwardingSink`` into this sink.
    mutating func forwarding<Result>(_ body: (inout ForwardingSink) -> Result) -> Result {
        withoutActuallyEscaping({ (bytes: UnsafeRawBufferPointer) in self.write(bytes) }) { forward in
            var sink = ForwardingSink(forward)
            return body(&sink)
        }
    }
}

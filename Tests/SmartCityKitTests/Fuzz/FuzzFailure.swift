// The fuzz targets' result convention, shared by the libFuzzer entry points (Tests/Fuzz, built by
// .ci/fuzz with FUZZING defined) and the smoke test (FuzzSmokeTests):
// a target is `static func name(_ bytes: [UInt8]) throws(FuzzFailure)`; it checks what must hold
// with `try FuzzFailure.require(condition, "message")` (or throws `FuzzFailure("message")`), never
// with `precondition`. The libFuzzer entry point runs it through `FuzzFailure.trap(on:_:)`, which
// turns a failure into a trap with the message (libFuzzer keeps the input); the smoke test turns
// it into an XCTFail naming the target, the message and the input.
import Foundation

/// What a fuzz target found wrong with its input.
struct FuzzFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) { self.message = message }

    var description: String { message }

    /// Fails with `message` when `condition` does not hold.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
        if !condition { throw FuzzFailure(message()) }
    }

    /// Runs a target on libFuzzer's input; a failure traps with its message, for libFuzzer to keep
    /// the input. (A target of the older shape, which traps itself, converts to this type too.)
    static func trap(on target: ([UInt8]) throws(FuzzFailure) -> Void, _ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        do {
            try target(Array(UnsafeBufferPointer(start: data, count: size)))
        } catch {
            fatalError("fuzz failure: \(error.message)")
        }
        return 0
    }
}

// How results are returned, everywhere in SmartCityKit:
// - A step that makes a value and may find problems on the way (loaders, readers, checks)
//   returns `Checked<Value>`: the value (nil when it could not be made) and its diagnostics.
// - A step that either succeeds or fails throws `SmartCityError` (`throws(SmartCityError)`),
//   which carries the failure's diagnostics; where the step's result is made, it is caught into
//   a `Checked` without a value (`Checked(error)`).
// - Errors of a layer's own machinery (`SpillError`, `POSIXFile.Failure`, `CSVSyntaxError`, ...)
//   stay inside it and become a `Diagnostic` in one place each: their `diagnostic` member.
//   A new error type is for a failure whose parts a caller uses (a line to shift, a folder to
//   name); one that would only carry a message to a `Diagnostic` is a `SmartCityError` instead.
// - `Diagnostic` (`path:line:col: error: message`, with the fix) is the one message type; the
//   executable prints diagnostics and decides the exit code.

/// A value (nil when it could not be made) with the diagnostics found on the way: the one form
/// in which loaders, readers and checks return their results.
package struct Checked<Value> {
    package var value: Value?
    package var diagnostics: [Diagnostic]

    package init(_ value: Value?, _ diagnostics: [Diagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// No value, because of this problem.
    static func failure(_ diagnostic: Diagnostic) -> Checked { Checked(nil, [diagnostic]) }

    /// No value, because of this failure.
    init(_ failure: SmartCityError) { self.init(nil, failure.diagnostics) }
}

extension Checked: Sendable where Value: Sendable {}

/// A failure: what went wrong, as diagnostics. Thrown with `throws(SmartCityError)` where a
/// step cannot go on; caught where the step's result is made, into a `Checked` without a value.
package struct SmartCityError: Error, Sendable {
    /// At least one diagnostic, the first the failure's error.
    package private(set) var diagnostics: [Diagnostic]

    init(_ error: Diagnostic, _ more: [Diagnostic] = []) { diagnostics = [error] + more }
}

/// A value (nil when it could not be made) with the diagnostics found on the way: the one form
/// in which loaders, readers and checks return their results.
package struct Checked<Value> {
    package var value: Value?
    package var diagnostics: [Diagnostic]

    init(_ value: Value?, _ diagnostics: [Diagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// No value, because of this problem.
    static func failure(_ diagnostic: Diagnostic) -> Checked { Checked(nil, [diagnostic]) }
}

extension Checked: Sendable where Value: Sendable {}

/// A failure: what went wrong, as diagnostics. Thrown with `throws(SmartCityError)` where a
/// step cannot go on; caught where the step's result is made, into a `Checked` without a value.
package struct SmartCityError: Error, Sendable {
    package var diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

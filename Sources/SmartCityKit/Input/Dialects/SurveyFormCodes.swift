/// The names a questionnaire's questions and metadata get in the survey forms `template` writes
/// (an XLSForm for KoboToolbox and ODK, a LimeSurvey survey structure), and the way back: `score`
/// reads an export of either by these names. A question or metadata id the tool accepts is its
/// own name; another one is mapped deterministically to one it accepts (unique in the form).
struct SurveyFormCodes: Sendable {
    /// The form a name is made for.
    enum Tool: Sendable {
        /// XLSForm names: an XML name (a letter or `_`, then letters, digits, `-`, `_`, `.`).
        case xlsForm
        /// LimeSurvey question codes: letters and digits, a letter first, at most 20 characters.
        case limeSurvey
    }

    /// The longest question code LimeSurvey accepts.
    static let limeSurveyCodeLength = 20
    /// The longest answer code LimeSurvey accepts.
    static let limeSurveyAnswerCodeLength = 5

    let tool: Tool
    /// Per question, in the questionnaire's order: its name in the form.
    let questionNames: [String]
    /// Per declared metadata field, in order: its name in the form.
    let metadataNames: [String]
    /// The id of each question or metadata field named otherwise in the form, by its form name lowercased.
    let originals: [String: String]

    init(questionnaire: Questionnaire, tool: Tool) {
        self.tool = tool
        let metadataIDs = (questionnaire.metadata ?? []).map(\.id)
        let ids = metadataIDs + questionnaire.questions.map(\.id)
        let valid = { (id: String) in tool == .xlsForm ? Self.isXMLName(id) : Self.isLimeSurveyCode(id) }
        // The valid ids keep their names; the others take the first free derived name, in order.
        var taken = Set(ids.filter(valid).map { $0.lowercased() })
        var originals: [String: String] = [:]
        let names = ids.map { id -> String in
            guard !valid(id) else { return id }
            let base = tool == .xlsForm ? Self.xmlName(from: id) : Self.limeSurveyCode(from: id)
            var name = base, number = 1
            while taken.contains(name.lowercased()) {
                number += 1
                let suffix = String(number)
                name = tool == .xlsForm ? base + "_" + suffix : String(base.prefix(Self.limeSurveyCodeLength - suffix.count)) + suffix
            }
            taken.insert(name.lowercased())
            originals[name.lowercased()] = id
            return name
        }
        metadataNames = Array(names.prefix(metadataIDs.count))
        questionNames = Array(names.dropFirst(metadataIDs.count))
        self.originals = originals
    }

    /// The question or metadata id that a form name stands for, when it differs from the name.
    func original(of name: String) -> String? { originals[name.lowercased()] }

    // MARK: - XLSForm

    /// Whether a name is an XML name of ASCII characters, as XLSForm requires of names.
    static func isXMLName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isASCIILetter(first) || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// The XLSForm name of a group or form id: the id when it is an XML name, else one made from it.
    static func xmlName(for id: String) -> String { isXMLName(id) ? id : xmlName(from: id) }

    /// An XML name for an id: every other character as `_`, and `_` before a first character that may not start one.
    private static func xmlName(from id: String) -> String {
        let kept = String(String.UnicodeScalarView(id.unicodeScalars.map { isASCIILetter($0) || isASCIIDigit($0) || "-_.".unicodeScalars.contains($0) ? $0 : "_" }))
        return kept.first.map { $0.isLetter || $0 == "_" } == true ? kept : "_" + kept
    }

    // MARK: - LimeSurvey

    /// Whether a code is a LimeSurvey question code: letters and digits, a letter first, at most 20.
    static func isLimeSurveyCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, isASCIILetter(first), code.unicodeScalars.count <= limeSurveyCodeLength else { return false }
        return code.unicodeScalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) }
    }

    /// A LimeSurvey code for an id: its letters and digits, `Q` before a first character that is not a letter, cut to 20.
    private static func limeSurveyCode(from id: String) -> String {
        let kept = String(String.UnicodeScalarView(id.unicodeScalars.filter { isASCIILetter($0) || isASCIIDigit($0) }))
        let started = kept.unicodeScalars.first.map(isASCIILetter) == true ? kept : "Q" + kept
        return String(started.prefix(limeSurveyCodeLength))
    }

    /// The subquestion codes of a multi question's options in LimeSurvey: the option codes when
    /// every one is a valid code, else `SQ001`, `SQ002`, ... by position (LimeSurvey's own
    /// default, which `score` reads by position).
    static func limeSurveySubquestionCodes(_ codes: [String]) -> [String] {
        if codes.allSatisfy(isLimeSurveyCode), Set(codes.map { $0.lowercased() }).count == codes.count { return codes }
        return codes.indices.map { "SQ" + String(repeating: "0", count: max(0, 3 - String($0 + 1).count)) + String($0 + 1) }
    }

    /// The answer codes of a question's options or scale points in LimeSurvey: the codes when
    /// every one is letters and digits of at most 5 characters, else `A1`, `A2`, ... by position
    /// (LimeSurvey's own default, which `score` reads by position).
    static func limeSurveyAnswerCodes(_ codes: [String]) -> [String] {
        if codes.allSatisfy(isLimeSurveyAnswerCode), Set(codes.map { $0.lowercased() }).count == codes.count { return codes }
        return codes.indices.map { "A\($0 + 1)" }
    }

    /// Whether a code is a LimeSurvey answer code: letters and digits, at most 5.
    static func isLimeSurveyAnswerCode(_ code: String) -> Bool {
        !code.isEmpty && code.unicodeScalars.count <= limeSurveyAnswerCodeLength
            && code.unicodeScalars.allSatisfy { isASCIILetter($0) || isASCIIDigit($0) }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

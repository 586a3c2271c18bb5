import Foundation

/// What `AssessmentSession.open` reads of a responses file: how many respondents it holds, the one chosen,
/// and the columns an answers file of assess does not have (saving would lose them).
struct RespondentsFile {
    /// One respondent of a responses file: what an assessment starts from.
    struct Respondent {
        var id: String
        var name: String?
        var answers: [Answer]
    }

    package var path: String
    var count = 0
    var chosen: Respondent?
    /// The first few ids, for messages.
    var someIDs: [String] = []
    var foreignColumns: [String] = []
    /// The id closest to the one wanted (within an edit distance of 2), when that one is not in the file.
    var closestID: (id: String, distance: Int)?

    /// Reads every row of `path`; the respondent `wanted`, or the only one when nil, is kept.
    /// Its cells' problems are said in `language`.
    static func read(_ path: String, questionnaire: Questionnaire, choosing wanted: String?, language: String) -> Checked<RespondentsFile> {
        let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: ReadingOptions(cellWording: .forLanguage(language)), hashing: false)
        guard let source = opened.value else { return Checked(nil, opened.diagnostics) }
        var diagnostics = opened.diagnostics
        let nameColumn = source.plan.metadataNames.firstIndex { $0.lowercased() == "name" }
        let owned = Set([source.plan.idName.lowercased(), "name"] + questionnaire.questions.map { $0.id.lowercased() })
        var file = RespondentsFile(path: path, foreignColumns: source.plan.columnNames.filter { !owned.contains($0.lowercased()) })
        var first: Respondent?
        ConvertingConsumer.read(source, report: { diagnostics += $0 }) { row in
            file.count += 1
            guard case .answers(let rowID, let metadata, let answers) = row.outcome else { return }
            if file.someIDs.count < 5 { file.someIDs.append(rowID) }
            let respondent = Respondent(id: rowID, name: nameColumn.flatMap { $0 < metadata.count ? metadata[$0] : nil }, answers: answers)
            if first == nil { first = respondent }
            if let wanted, file.chosen == nil, rowID == wanted { file.chosen = respondent }
            if let wanted, rowID != wanted {
                let distance = SchemaReader.editDistance(wanted.lowercased(), rowID.lowercased())
                if distance <= 2, distance < file.closestID?.distance ?? 3 { file.closestID = (rowID, distance) }
            }
        }
        if wanted == nil, file.count == 1 { file.chosen = first }
        if diagnostics.contains(where: { $0.severity == .error }) { return Checked(nil, diagnostics) }
        return Checked(file, diagnostics)
    }

    /// The error when saving the answers to this file would lose what it holds besides one respondent's answers.
    func refusalToRewrite(messages: AssessmentMessages) -> Diagnostic? {
        let fix = messages.startFromIt(path, count > 1)
        if count > 1 { return .error(SourceLocation(file: path), messages.severalRespondents(count, idList(messages), fix)) }
        guard !foreignColumns.isEmpty else { return nil }
        let shown = foreignColumns.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (foreignColumns.count > 3 ? " and \(foreignColumns.count - 3) more" : "")
        return .error(SourceLocation(file: path), messages.foreignColumns(shown, fix))
    }

    /// The error when the respondent to start from is not in the file, naming the closest id when one is close.
    func missingRespondent(wanted: String?, messages: AssessmentMessages) -> Diagnostic {
        let location = SourceLocation(file: path)
        guard count > 0 else { return .error(location, messages.noRespondentToStartFrom) }
        guard let wanted else { return .error(location, messages.chooseRespondent(count, idList(messages))) }
        if let closest = closestID { return .error(location, messages.noSuchRespondentLike(wanted, closest.id)) }
        return .error(location, messages.noSuchRespondent(wanted, idList(messages)))
    }

    /// "ids a, b, c and 9 more".
    private func idList(_ messages: AssessmentMessages) -> String {
        messages.idList(someIDs, count - someIDs.count)
    }
}

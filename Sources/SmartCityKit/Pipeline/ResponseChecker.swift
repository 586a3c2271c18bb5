/// Checks a responses file against a questionnaire without scoring (`smartcity validate`).
package enum ResponseChecker {
    /// Reads the file, handing every diagnostic to `report` as it is found; returns the number of
    /// data rows. Memory does not grow with the rows: at most `idsInMemory` ids (about 40 bytes
    /// each) are kept for the duplicate check, later ones are checked by an external sort in runs
    /// of `idRunBytes`, and their duplicates are reported last.
    @discardableResult
    package static func check(path: String, questionnaire: Questionnaire, options: ReadingOptions,
                             idsInMemory: Int = 1 << 18, idRunBytes: Int = 4 << 20, report: ([Diagnostic]) -> Void) -> Int {
        let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: false)
        report(opened.diagnostics)
        guard let source = opened.value else { return 0 }
        var checking = CheckingConsumer(path: path, wording: source.plan.csvWording)
        var ids = RespondentIDTable(limit: idsInMemory, overflow: IDRuns(runBytes: idRunBytes))
        BlockReader(source: source, files: [path], fileIndex: 0).read(into: &checking, ids: &ids, report: report)
        report(overflowDuplicates(ids, file: path, idName: source.plan.idName, idsInMemory: idsInMemory, wording: source.plan.wording,
                                  runWording: .forLanguage(options.cellWording.language)))
        return checking.rows
    }

    /// The duplicates among the ids beyond the table's limit, found once the file is read:
    /// reported after the rows' own diagnostics, in row order.
    private static func overflowDuplicates(_ ids: RespondentIDTable, file: String, idName: String, idsInMemory: Int, wording: ResponseFileWording,
                                           runWording: RunWording) -> [Diagnostic] {
        guard let overflow = ids.overflow else { return [] }
        func unchecked(_ failure: SpillError) -> [Diagnostic] {
            [failure.diagnostic(folder: overflow.folder, wording: runWording),
             .error(SourceLocation(file: file), runWording.idsNotChecked(idsInMemory))]
        }
        if let failure = ids.overflowFailure { return unchecked(failure) }
        do throws(SpillError) {
            return try overflow.duplicates().map { duplicate in
                let location = SourceLocation(file: file, row: duplicate.row, column: idName)
                if let other = duplicate.twinOf {
                    return .warning(location, wording.twin(duplicate.id, other, nil, duplicate.firstRow, duplicate.id == other))
                }
                return .error(location, wording.duplicateID(duplicate.id, duplicate.firstRow))
            }
        } catch {
            return unchecked(error)
        }
    }

    /// The number of data rows and every diagnostic of reading the file (for small files and tests).
    package static func check(path: String, questionnaire: Questionnaire, options: ReadingOptions) -> Checked<Int> {
        var diagnostics: [Diagnostic] = []
        let rows = check(path: path, questionnaire: questionnaire, options: options) { diagnostics += $0 }
        return Checked(rows, diagnostics)
    }
}

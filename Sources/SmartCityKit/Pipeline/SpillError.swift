/// A problem with a temporary file of a run (the respondent spill, the id runs of `validate`):
/// the disk is full, or the file cannot be read back as written. Made a `Diagnostic` in one
/// place, `diagnostic(folder:wording:)`.
enum SpillError: Error, Sendable {
    /// The temporary file in `folder` could not be made or written.
    case unwritable(folder: String, POSIXFile.Failure)
    /// The temporary file could not be read back.
    case unreadable(POSIXFile.Failure)
    /// The temporary file does not hold what was written to it.
    case damaged

    /// The error to report, located at the run's temporary folder, with what to do, in `wording`'s language.
    func diagnostic(folder: String, wording: RunWording) -> Diagnostic {
        switch self {
        case .unwritable(let folder, let failure):
            .error(SourceLocation(file: folder), wording.temporaryUnwritable(wording.system.message(failure), wording.system.reason(failure.cause)))
        case .unreadable(let failure):
            .error(SourceLocation(file: folder), wording.temporaryUnreadable(wording.system.reason(failure.cause)))
        case .damaged:
            .error(SourceLocation(file: folder), wording.temporaryDamaged)
        }
    }
}

/// A problem with a temporary file of a run (the respondent spill, the id runs of `validate`):
/// the disk is full, or the file cannot be read back as written. Made a `Diagnostic` in one
/// place, `diagnostic(folder:)`.
enum SpillError: Error, Sendable {
    /// The temporary file in `folder` could not be made or written.
    case unwritable(folder: String, POSIXFile.Failure)
    /// The temporary file could not be read back.
    case unreadable(POSIXFile.Failure)
    /// The temporary file does not hold what was written to it.
    case damaged

    /// The error to report, located at the run's temporary folder, with what to do.
    func diagnostic(folder: String) -> Diagnostic {
        switch self {
        case .unwritable(let folder, let failure):
            .error(SourceLocation(file: folder), "a temporary file of this run \(failure.message); free space on that disk (or make the folder writable) and run the command again")
        case .unreadable(let failure):
            .error(SourceLocation(file: folder), "a temporary file of this run cannot be read: \(failure.reason); run the command again")
        case .damaged:
            .error(SourceLocation(file: folder), "a temporary file of this run is damaged (changed or cut short while the run read it); run the command again")
        }
    }
}

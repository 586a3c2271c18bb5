extension ZipArchive {
    /// Why an archive cannot be opened or an entry read: a file that is no ZIP archive, one in a
    /// form we do not read (ZIP64, split, encrypted, an unknown method), one a "zip bomb" or a
    /// damaged file makes (past the limits, aliased or overlapping entries, a local header that
    /// disagrees with the directory, a damaged entry). A typed value, worded in the run's language
    /// by `WorkbookZipWording`; entry names are as the archive spells them.
    enum Problem: Equatable, Sendable {
        /// Fewer bytes than the smallest archive: (its size in bytes).
        case tooShort(Int)
        /// No end of central directory record.
        case noCentralDirectory
        /// ZIP64 fields: (the entry that has them, nil when the archive's directory has).
        case zip64(entry: String?)
        /// One file of an archive split across several.
        case split
        /// A range the archive points at lies outside it.
        case cutShort
        /// The directory's records do not end where it says: (how many entries it declares).
        case directoryEndsElsewhere(declared: Int)
        /// A directory record without its signature.
        case damagedDirectory
        /// A directory record without a name.
        case entryWithoutName
        /// An encrypted entry: (its name).
        case encrypted(String)
        /// A stored entry whose compressed and inflated sizes differ: (its name).
        case storedSizesDiffer(String)
        /// An entry claiming more than `Limits.ratio` times its compressed size: (its name, the
        /// compressed size, the inflated size, the ratio allowed).
        case ratio(String, compressed: Int, size: Int, limit: Int)
        /// A compression method other than stored or deflated: (the entry, the method).
        case unsupportedMethod(String, method: Int)
        /// A local header (or data descriptor) that does not match the directory: (the entry).
        case localHeaderDisagrees(String)
        /// Two entries with one name (compared without case): (the name).
        case duplicateName(String)
        /// Two directory records pointing at one local header: (the first entry, the second).
        case aliased(String, String)
        /// Two entries whose bytes overlap: (the earlier entry, the later).
        case overlapping(String, String)
        /// An entry that would take the bytes inflated past `Limits.totalBytes`: (the entry,
        /// its declared size, the limit).
        case entryPastTotal(String, size: Int, limit: Int)
        /// The entries asked for declare more than `Limits.totalBytes` together: (their sum,
        /// the largest entry, its size, the limit).
        case partsPastTotal(declared: Int, largest: String, size: Int, limit: Int)
        /// An entry whose compressed data cannot be inflated: (the entry, why).
        case inflate(String, Inflate.Problem)
        /// An entry whose inflated size or CRC-32 is not the directory's: (the entry).
        case checksum(String)
    }
}

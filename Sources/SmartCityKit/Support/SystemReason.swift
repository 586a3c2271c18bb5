import Foundation

/// Why the system refused a file operation (an `errno` value): the reasons a user meets by name,
/// worded per language in `FileSystemWording`; any other by its number and symbolic name.
enum SystemReason: Equatable, Sendable {
    case noSuchFile, permissionDenied, notPermitted, readOnlyFileSystem, noSpace, quotaExceeded
    case isAFolder, notAFolder, alreadyExists, nameTooLong, tooManyLinks
    case tooManyOpenFiles, tooManyOpenFilesInSystem, inputOutput, busy, textBusy
    case acrossFileSystems, folderNotEmpty, fileTooLarge, brokenPipe, noMemory
    /// An `errno` value without wording of its own.
    case other(Int32)

    /// The reason an `errno` value gives.
    init(errorNumber: Int32) {
        self = Self.named.first { $0.number == errorNumber }?.reason ?? .other(errorNumber)
    }

    /// The reasons with wording of their own, by their `errno` value.
    private static let named: [(number: Int32, reason: SystemReason)] = [
        (ENOENT, .noSuchFile), (EACCES, .permissionDenied), (EPERM, .notPermitted), (EROFS, .readOnlyFileSystem), (ENOSPC, .noSpace),
        (EDQUOT, .quotaExceeded), (EISDIR, .isAFolder), (ENOTDIR, .notAFolder), (EEXIST, .alreadyExists), (ENAMETOOLONG, .nameTooLong),
        (ELOOP, .tooManyLinks), (EMFILE, .tooManyOpenFiles), (ENFILE, .tooManyOpenFilesInSystem), (EIO, .inputOutput), (EBUSY, .busy),
        (ETXTBSY, .textBusy), (EXDEV, .acrossFileSystems), (ENOTEMPTY, .folderNotEmpty), (EFBIG, .fileTooLarge), (EPIPE, .brokenPipe),
        (ENOMEM, .noMemory),
    ]

    /// Every reason with wording of its own (for tests that render them all).
    static var allNamed: [SystemReason] { named.map(\.reason) }

    /// The `errno` value.
    var errorNumber: Int32 {
        if case .other(let number) = self { return number }
        return Self.named.first { $0.reason == self }!.number
    }

    /// The value's symbolic name (`EOPNOTSUPP`), else its number alone.
    var symbolicName: String {
        typealias NameFunction = @convention(c) (Int32) -> UnsafePointer<CChar>?
        // glibc 2.32 and later; dlsym(nil): RTLD_DEFAULT.
        guard let symbol = dlsym(nil, "strerrorname_np"), let name = unsafeBitCast(symbol, to: NameFunction.self)(errorNumber) else {
            return String(errorNumber)
        }
        return String(cString: name)
    }

    /// The `errno` value an error carries: a `POSIXFile.Failure`'s, a POSIX error's, or that of
    /// the POSIX error underneath a Foundation one; nil for any other error.
    static func errorNumber(carriedBy error: any Error) -> Int32? {
        if let failure = error as? POSIXFile.Failure { return failure.cause.errorNumber }
        let bridged = error as NSError
        if bridged.domain == NSPOSIXErrorDomain { return Int32(bridged.code) }
        if let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }

    /// The system's own English text for the value (`strerror`).
    var systemText: String { String(cString: strerror(errorNumber)) }
}

/// Respondent ids seen so far, to leave out a second row with the same id. Compact, because a
/// run keeps every id it scores: each id is one entry in pages of bytes (its length, its bytes,
/// and the file and row it was first seen in, as LEB128 numbers written by `SpillWriter`: 13
/// bytes for `R0000001` in row 2 of the first file), found through an open-addressing table of
/// slots: 8 bits of the id's hash in one array (probes read only these, and the entry only when
/// they match) and the entry's position in another, 5 bytes a slot. The table is filled to at
/// most three quarters and grown by half (not doubled), so that it is on average about 60 %
/// full. About 20-23 bytes per id: at a million 8-character ids, 13 MB of entries and 7.6 MB of
/// slots (never more: growing frees the old slots before it places the entries again). Positions
/// are 32 bits: at most 4 GiB of entries, some 300 million ids.
///
/// A bounded table (`validate`) keeps at most `limit` ids; later ids are checked against those
/// at once and go to `overflow`, whose duplicates are found when reading is done.
///
/// It also finds twins: ids that differ only in letter case or Unicode normalisation, which
/// a reader takes for one municipality (and a case-insensitive file system for one file).
struct RespondentIDTable {
    private var limit = Int.max
    /// Where ids beyond `limit` go.
    private(set) var overflow: IDRuns?
    /// The first failure to write the overflow's temporary files.
    private(set) var overflowFailure: SpillError?
    /// The entries, one after another; a page is `pageSize` bytes (or one longer entry).
    private var pages: [SpillWriter] = []
    private var count = 0
    /// Per slot: 0 when empty, else the tag of the id's hash (never 0; see `tag(of:)`).
    private var tags = [UInt8](repeating: 0, count: 1024)
    /// Per slot: the position of its entry (a page's index above the place in the page).
    private var positions = [UInt32](repeating: 0, count: 1024)

    /// The bytes of a page, and the shift of a page's index in an entry's position.
    private static let pageSize = 1 << 20, pageShift = 20
    /// The most pages a 32-bit position reaches.
    private static let pageLimit = 1 << (32 - pageShift)

    init() {}

    /// A table that keeps at most `limit` ids in memory, the others in `overflow`.
    init(limit: Int, overflow: IDRuns) {
        self.limit = limit
        self.overflow = overflow
    }

    /// What recording an id found.
    enum Sighting: Equatable {
        /// The id was not seen before.
        case new
        /// The same id (byte for byte) was first seen in this file and row.
        case duplicate(file: Int, row: Int)
        /// Another id that differs only in letter case or Unicode normalisation (`Gent` and
        /// `gent`; `é` composed and decomposed) was first seen in this file and row; the id is
        /// recorded as a new one.
        case twin(id: String, file: Int, row: Int)
    }

    /// Records an id; says whether it (or a twin of it) was seen before (for ids beyond the
    /// limit: among the ids held in memory; `overflow` finds their duplicates later).
    mutating func insert(_ id: String, file: Int, row: Int) -> Sighting {
        if (count + 1) * 4 > tags.count * 3 && count < limit { grow() }
        var id = id
        return id.withUTF8 { bytes in
            // Twins hash alike (the hash folds case and normalisation), so they are met on the
            // same probe path as the exact duplicates: finding them costs no extra lookup.
            let hash = Self.hash(bytes)
            let tag = Self.tag(of: hash)
            var slot = home(of: hash)
            var twin = Sighting.new
            while tags[slot] != 0 {
                if tags[slot] == tag, let entry = entry(at: Int(positions[slot])) {
                    if entry.id.elementsEqual(bytes) { return .duplicate(file: entry.file, row: entry.row) }
                    if twin == .new, Self.areTwins(entry.id, bytes) {
                        twin = .twin(id: String(decoding: entry.id, as: UTF8.self), file: entry.file, row: entry.row)
                    }
                }
                slot = next(after: slot)
            }
            if count >= limit, let overflow {
                do throws(SpillError) { try overflow.add(bytes, hash: hash, file: file, row: row) } catch { overflowFailure = overflowFailure ?? error }
                return twin
            }
            positions[slot] = append(bytes, file: file, row: row)
            tags[slot] = tag
            count += 1
            return twin
        }
    }

    /// Where an id was first recorded: the entry with the same bytes, else one with the same
    /// text in another Unicode normalisation (equal as Swift strings, as a dictionary keyed by
    /// the id would find it); nil when no such id was recorded. Letter case counts.
    func firstSighting(of id: String) -> (file: Int, row: Int)? {
        var id = id
        return id.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            let tag = Self.tag(of: hash)
            var slot = home(of: hash)
            var equivalent: (file: Int, row: Int)?
            while tags[slot] != 0 {
                if tags[slot] == tag, let entry = entry(at: Int(positions[slot])) {
                    if entry.id.elementsEqual(bytes) { return (entry.file, entry.row) }
                    if equivalent == nil, entry.id.contains(where: { $0 >= 0x80 }),
                       String(decoding: entry.id, as: UTF8.self) == String(decoding: bytes, as: UTF8.self) {
                        equivalent = (entry.file, entry.row)
                    }
                }
                slot = next(after: slot)
            }
            return equivalent
        }
    }

    /// The id of the entry at `position` and where it was first seen.
    private func entry(at position: Int) -> (id: ArraySlice<UInt8>, file: Int, row: Int)? {
        var entry = reader(at: position)
        guard let held = try? entry.byteRun(), let file = try? entry.unsigned(), let row = try? entry.unsigned() else { return nil }
        return (held, Int(file), Int(row))
    }

    /// Whether two different ids differ only in letter case or Unicode normalisation.
    static func areTwins<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
        if a.allSatisfy({ $0 < 0x80 }) && b.allSatisfy({ $0 < 0x80 }) {
            return a.count == b.count && zip(a, b).allSatisfy { asciiLowercase($0) == asciiLowercase($1) }
        }
        // Swift compares strings by canonical equivalence: NFC and NFD forms are equal.
        return String(decoding: a, as: UTF8.self).lowercased() == String(decoding: b, as: UTF8.self).lowercased()
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    private func reader(at position: Int) -> SpillReader {
        SpillReader(bytes: pages[position >> Self.pageShift].bytes, position: position & (Self.pageSize - 1))
    }

    /// Adds an entry (written as spill records are); its position.
    private mutating func append(_ id: UnsafeBufferPointer<UInt8>, file: Int, row: Int) -> UInt32 {
        let length = id.count + 3 * SpillField.unsignedLength
        if pages.isEmpty || pages[pages.count - 1].count + length > Self.pageSize {
            precondition(pages.count < Self.pageLimit, "more than 4 GiB of respondent ids")
            pages.append(SpillWriter(capacity: max(Self.pageSize, length)))
        }
        let last = pages.count - 1
        let position = last << Self.pageShift | pages[last].count
        pages[last].fields(atMost: length) { entry in
            entry.spillByteRun(id)
            entry.spillUnsigned(UInt64(file))
            entry.spillUnsigned(UInt64(row))
        }
        return UInt32(position)
    }

    /// The id's bytes eight at a time, ASCII letters in lower case, each word folded in by a
    /// 128-bit multiplication, then mixed; an id with other than ASCII is hashed by its
    /// lower-case text, which Swift hashes by canonical equivalence. Twins (see
    /// `Sighting.twin`) thus hash alike; other ids are told apart by their bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var high: UInt64 = 0
        var offset = 0
        while offset < raw.count {
            var word: UInt64 = 0
            if raw.count - offset >= 8 {
                word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            } else {
                for index in offset..<raw.count { word |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
            }
            high |= word
            let product = (hash ^ asciiLowercase(word)).multipliedFullWidth(by: 0x9e37_79b9_7f4a_7c15)
            hash = product.high ^ product.low
            offset += 8
        }
        if high & 0x8080_8080_8080_8080 != 0 {
            var hasher = Hasher()
            hasher.combine(String(decoding: bytes, as: UTF8.self).lowercased())
            hash = UInt64(UInt(bitPattern: hasher.finalize()))
        }
        return mixed(hash)
    }

    /// Eight ASCII bytes with their letters in lower case: a byte from `A` to `Z` is the one
    /// whose top bit adding 0x3f sets and adding 0x25 does not (no carry crosses a byte below 0x80).
    private static func asciiLowercase(_ word: UInt64) -> UInt64 {
        let upper = (word &+ 0x3f3f_3f3f_3f3f_3f3f) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
        return word | upper >> 2
    }

    /// MurmurHash3's 64-bit finaliser: each bit of `hash` changes about half the bits of the
    /// result, so that ids that differ only in their last digit do not share the bits the home
    /// slot is taken from (as they did with FNV-1a alone, which clustered consecutive ids).
    private static func mixed(_ hash: UInt64) -> UInt64 {
        var mixed = hash ^ hash >> 33
        mixed &*= 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        mixed &*= 0xc4ce_b9fe_1a85_ec53
        return mixed ^ mixed >> 33
    }

    /// The first slot to probe for a hash.
    private func home(of hash: UInt64) -> Int {
        Self.home(of: hash, slotCount: tags.count)
    }

    /// The first slot to probe for a hash among `slotCount`: the hash's low 40 bits (the tag
    /// is the top 8) as a fraction of the number of slots, which need not be a power of two.
    static func home(of hash: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: (hash << 24).multipliedFullWidth(by: UInt64(slotCount)).high)
    }

    /// The 8 bits of a hash its slot keeps: its top byte, 1 for 0 (which marks an empty slot).
    private static func tag(of hash: UInt64) -> UInt8 {
        max(UInt8(truncatingIfNeeded: hash >> 56), 1)
    }

    /// The slot probed after `slot` (the first after the last).
    private func next(after slot: Int) -> Int {
        slot + 1 == tags.count ? 0 : slot + 1
    }

    /// Half as many slots again. The old slots are freed first (the table never holds both),
    /// then every entry is placed again by its id's hash, the entries read page by page in the
    /// order they were added (one pass through memory, not a jump per slot).
    private mutating func grow() {
        let size = tags.count + tags.count / 2
        (tags, positions) = ([], [])
        tags = [UInt8](repeating: 0, count: size)
        positions = [UInt32](repeating: 0, count: size)
        for (index, page) in pages.enumerated() {
            var entries = SpillReader(bytes: page.bytes, position: 0, end: page.count)
            while entries.position < entries.end {
                let position = UInt32(index << Self.pageShift | entries.position)
                let hash: UInt64
                do throws(SpillError) {
                    hash = try entries.byteRun().withUnsafeBufferPointer(Self.hash)
                    _ = try entries.unsigned()  // the file
                    _ = try entries.unsigned()  // the row
                } catch {
                    preconditionFailure("the id table's entries are written and read in memory by the same code: \(error)")
                }
                var slot = home(of: hash)
                while tags[slot] != 0 { slot = next(after: slot) }
                tags[slot] = Self.tag(of: hash)
                positions[slot] = position
            }
        }
    }
}

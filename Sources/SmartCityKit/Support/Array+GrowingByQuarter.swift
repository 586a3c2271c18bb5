extension Array {
    /// Makes room for `extra` more elements, growing by a quarter at a time rather than doubling
    /// as an array does: for columns as long as a cohort (a million respondents), where doubling
    /// leaves up to half of the room unused and copies the whole column each time.
    mutating func reserveGrowingByQuarter(_ extra: Int) {
        let needed = count + extra
        if needed > capacity { reserveCapacity(Swift.max(needed, count + count / 4, 16)) }
    }
}

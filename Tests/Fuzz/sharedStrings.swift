// libFuzzer entry point for FuzzTargets.sharedStrings (Tests/SmartCityKitTests/Fuzz/FuzzTargets.swift).
// Built and run by .ci/fuzz; seeds in Tests/Fuzz/Corpus/sharedStrings.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.sharedStrings(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// libFuzzer entry point for FuzzTargets.styles (Tests/SmartCityKitTests/Fuzz/FuzzTargets.swift).
// Built and run by .ci/fuzz; seeds in Tests/Fuzz/Corpus/styles.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.styles(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

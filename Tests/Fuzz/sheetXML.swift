// libFuzzer entry point for FuzzTargets.sheetXML (Tests/SmartCityKitTests/Fuzz/FuzzTargets.swift).
// Built and run by .ci/fuzz; seeds in Tests/Fuzz/Corpus/sheetXML.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.sheetXML(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// libFuzzer entry point for FuzzTargets.mappingLoader (Tests/SmartCityKitTests/Fuzz/FuzzTargets.swift).
// Built and run by .ci/fuzz; seeds in Tests/Fuzz/Corpus/mappingLoader.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzFailure.trap(on: FuzzTargets.mappingLoader, data, size)
}

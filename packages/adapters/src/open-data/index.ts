/** Open-data clients: Sotkanet (THL), Statistics Finland PxWeb, Kela (docs/open-data.md). */
export * from "./http-request";
export * from "./sotkanet";
export * from "./sotkanet-regions";
export * from "./sotkanet-indicator-data";
export * from "./pxweb";
export * from "./population-variables";
export * from "./population-jsonstat";
export * from "./statfin-population";
export * from "./kela";

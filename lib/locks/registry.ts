import { createExivoDriver } from "./exivo/driver";
import { createXesarDriver } from "./xesar/driver";
import type { IntegrationConfig } from "./integration-config";
import type { LockDriver } from "./types";

// The static registry: vendor -> driver factory. Nothing outside lib/locks/<vendor>/ knows vendor details.

export function createLockDriver(config: IntegrationConfig): LockDriver {
  switch (config.vendor) {
    case "xesar":
      return createXesarDriver({ ...config.settings, ...config.credentials });
    case "exivo":
      return createExivoDriver({ ...config.settings, ...config.credentials });
  }
}

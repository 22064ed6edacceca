import { useEffect, useState } from 'react';

export interface DeviceOption {
  deviceId: string;
  label: string;
}

interface Devices {
  videoInputs: DeviceOption[];
  audioInputs: DeviceOption[];
}

function toOptions(devices: MediaDeviceInfo[], kind: MediaDeviceKind, fallback: string): DeviceOption[] {
  return devices
    .filter((device) => device.kind === kind && device.deviceId)
    .map((device, index) => ({ deviceId: device.deviceId, label: device.label || `${fallback} ${index + 1}` }));
}

/** Cameras and microphones, listed again when one is plugged in or out. Labels appear once access is granted. */
export function useMediaDevices(refreshKey: unknown): Devices {
  const [devices, setDevices] = useState<Devices>({ videoInputs: [], audioInputs: [] });

  useEffect(() => {
    const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!media?.enumerateDevices) return undefined;
    let cancelled = false;
    const list = () =>
      void media
        .enumerateDevices()
        .then((all) => {
          if (!cancelled)
            setDevices({
              videoInputs: toOptions(all, 'videoinput', 'Camera'),
              audioInputs: toOptions(all, 'audioinput', 'Microphone'),
            });
        })
        .catch(() => undefined);
    list();
    media.addEventListener?.('devicechange', list);
    return () => {
      cancelled = true;
      media.removeEventListener?.('devicechange', list);
    };
  }, [refreshKey]);

  return devices;
}

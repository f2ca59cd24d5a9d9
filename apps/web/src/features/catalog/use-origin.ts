import { useState } from 'react';
import { isApiError } from '../../api/client';
import { geocode } from './api';
import type { Origin } from './search-state';

export type OriginError = 'addressNotFound' | 'addressFailed' | 'positionDenied' | 'positionUnavailable';

/**
 * Where distances are measured from: a typed address (geocoded by the server) or the browser's
 * own position. Either way the result is a point the caller puts in the URL.
 */
export function useOrigin(onFound: (origin: Origin) => void) {
  const [busy, setBusy] = useState<'address' | 'position' | null>(null);
  const [error, setError] = useState<OriginError | null>(null);

  const fromAddress = async (address: string) => {
    setBusy('address');
    setError(null);
    try {
      const place = await geocode(address);
      onFound({ ...place.coordinates, label: place.label });
    } catch (failure) {
      setError(isApiError(failure, 404) || isApiError(failure, 400) ? 'addressNotFound' : 'addressFailed');
    } finally {
      setBusy(null);
    }
  };

  const fromDevice = () => {
    if (!('geolocation' in navigator)) {
      setError('positionUnavailable');
      return;
    }
    setBusy('position');
    setError(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setBusy(null);
        onFound({ lat: position.coords.latitude, lon: position.coords.longitude, label: null });
      },
      (failure) => {
        setBusy(null);
        setError(failure.code === failure.PERMISSION_DENIED ? 'positionDenied' : 'positionUnavailable');
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  return { busy, error, fromAddress, fromDevice, clearError: () => setError(null) };
}

import type { ServiceSummary } from '@kith/shared';
import { Component, lazy, type ReactNode, Suspense, useCallback, useMemo } from 'react';
import { LoadingState } from '../../components/loading-state.tsx';
import { useMapSettings, usePostcodeCentroid } from './directory-queries.ts';
import { mapPoint, mapSummary, serviceMarkers } from './results-map-points.ts';
import { serviceDetailHref } from './service-result-list.tsx';

// Leaflet and its CSS load only when a search has results to show: the directory page's own
// bundle stays small.
const ResultsMap = lazy(async () => ({ default: (await import('./results-map.tsx')).ResultsMap }));

interface ResultsMapPanelProps {
  services: readonly ServiceSummary[];
  /** The searched postcode, as typed ('' for none). */
  postcode: string;
  personId: string;
  searchHref: string;
}

/**
 * The map beside the results: a region named "Map of the results". The results list is the
 * accessible alternative, and a hidden hint says so; the map never holds the focus (Tab moves
 * through its markers and on).
 */
export function ResultsMapPanel({ services, postcode, personId, searchHref }: ResultsMapPanelProps) {
  const settings = useMapSettings();
  const centroid = usePostcodeCentroid(postcode);
  const markers = useMemo(() => serviceMarkers(services), [services]);
  const searched = useMemo(() => {
    const point = centroid.data ? mapPoint(centroid.data.latitude, centroid.data.longitude) : null;
    return point && centroid.data ? { ...point, postcode: centroid.data.postcode } : null;
  }, [centroid.data]);
  const hrefFor = useCallback((serviceId: string) => serviceDetailHref(serviceId, personId), [personId]);
  const waiting = <LoadingState what="the map" />;
  return (
    <div className="kith-results-map-panel">
      <h3 id="results-map-heading" className="nhsuk-u-visually-hidden">
        Map of the results
      </h3>
      <p id="results-map-hint" className="nhsuk-u-visually-hidden">
        {mapSummary(markers.length, services.length, searched?.postcode ?? null)} On the map, Tab moves from one service to the
        next and Enter shows its name and a link to it.
      </p>
      <MapFailure>
        {settings.isPending ? (
          waiting
        ) : (
          <Suspense fallback={waiting}>
            <ResultsMap
              markers={markers}
              searched={searched}
              // A failed settings request still draws the markers, on a plain background.
              tiles={settings.data?.tiles ?? null}
              hrefFor={hrefFor}
              searchHref={searchHref}
              labelledBy="results-map-heading"
              describedBy="results-map-hint"
            />
          </Suspense>
        )}
      </MapFailure>
    </div>
  );
}

/** If the map cannot load (its script failed to download, say), the list still has every result. */
class MapFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <p className="nhsuk-body">The map could not be shown. The list has every result.</p>;
  }
}

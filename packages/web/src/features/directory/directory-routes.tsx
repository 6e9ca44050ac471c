import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const DirectorySearchPage = lazyPage(() => import('./directory-search-page.tsx'), 'DirectorySearchPage');
const ServiceDetailPage = lazyPage(() => import('./service-detail-page.tsx'), 'ServiceDetailPage');
const AdminDirectoryPage = lazyPage(() => import('./admin-directory-page.tsx'), 'AdminDirectoryPage');
const AdminNewServicePage = lazyPage(() => import('./service-editor-page.tsx'), 'AdminNewServicePage');
const AdminEditServicePage = lazyPage(() => import('./service-editor-page.tsx'), 'AdminEditServicePage');
const DirectoryOrganisationsPage = lazyPage(() => import('./directory-organisations-page.tsx'), 'DirectoryOrganisationsPage');
const TaxonomyPage = lazyPage(() => import('./taxonomy-page.tsx'), 'TaxonomyPage');
const ProviderServicesPage = lazyPage(() => import('./provider-services-page.tsx'), 'ProviderServicesPage');
const ProviderNewServicePage = lazyPage(() => import('./service-editor-page.tsx'), 'ProviderNewServicePage');
const ProviderEditServicePage = lazyPage(() => import('./service-editor-page.tsx'), 'ProviderEditServicePage');

/**
 * The service directory's pages, placed inside the signed-in part of the route table
 * (routes/app-routes.tsx). Search and service pages are for everyone signed in; curation is for
 * administrators, and for VCSE providers over their own services (the server enforces both).
 */
export function directoryRoutes(): ReactNode {
  return (
    <>
      <Route path="directory" element={<DirectorySearchPage />} />
      <Route path="directory/services/:id" element={<ServiceDetailPage />} />
      <Route path="admin/directory" element={<RequirePermission permission="directory:manage" />}>
        <Route index element={<AdminDirectoryPage />} />
        <Route path="services/new" element={<AdminNewServicePage />} />
        <Route path="services/:id/edit" element={<AdminEditServicePage />} />
        <Route path="organizations" element={<DirectoryOrganisationsPage />} />
        <Route path="taxonomy" element={<TaxonomyPage />} />
      </Route>
      <Route path="provider/services" element={<RequirePermission permission="directory:edit-own" />}>
        <Route index element={<ProviderServicesPage />} />
        <Route path="new" element={<ProviderNewServicePage />} />
        <Route path=":id/edit" element={<ProviderEditServicePage />} />
      </Route>
    </>
  );
}

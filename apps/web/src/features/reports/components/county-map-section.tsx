import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useBreakdownReport } from '../api/use-reports';
import { CountyMapSwitch } from './county-map-switch';
import { DownloadCsvLink } from './download-csv-link';
import { ReportSection } from './report-section';

/** Where the members are: the county breakdown drawn as a map. */
export function CountyMapSection() {
  return (
    <ReportSection
      title="Members by county"
      query={useBreakdownReport('county')}
      extra={
        <DownloadCsvLink
          href={reportCsvHref(reportRoutes.breakdown('county'))}
          what="the members by county"
        />
      }
    >
      {(report) => (
        <>
          <CountyMapSwitch rows={report.rows} />
          <Link className="reports-no-print" to={paths.reportBreakdown('county')}>
            The numbers by county
          </Link>
        </>
      )}
    </ReportSection>
  );
}

import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5 mb-4">{t('footer.heading')}</h2>
              <p>{t('footer.description')}</p>
            </div>
            <div className="col-12 col-md-6 footer-col">
              <p className="weight-semibold">{t('appName')}</p>
              <p>{t('footer.area')}</p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}

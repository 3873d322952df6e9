/** The kinds of public aid as a select's options, in words (the company's aid and a plan line's). */
import { useTranslation } from 'react-i18next';
import { AID_KINDS } from '../../../shared/companies/aid-kinds';

export function AidKindOptions() {
  const { t } = useTranslation();
  return AID_KINDS.map((k) => (
    <option key={k} value={k}>
      {t(`aidKinds.${k}`)}
    </option>
  ));
}

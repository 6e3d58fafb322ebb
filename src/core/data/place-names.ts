/**
 * Translated names of the states and territories and of the bundled regions. A switch of msg()
 * calls, because @lit/localize extracts only literal messages.
 */
import { msg } from '@lit/localize';

/** The state or territory name for a USPS code; the code itself when unknown. */
export function stateName(code: string): string {
  switch (code) {
    case 'AL': return msg('Alabama', { id: 'state.AL' });
    case 'AK': return msg('Alaska', { id: 'state.AK' });
    case 'AZ': return msg('Arizona', { id: 'state.AZ' });
    case 'AR': return msg('Arkansas', { id: 'state.AR' });
    case 'CA': return msg('California', { id: 'state.CA' });
    case 'CO': return msg('Colorado', { id: 'state.CO' });
    case 'CT': return msg('Connecticut', { id: 'state.CT' });
    case 'DE': return msg('Delaware', { id: 'state.DE' });
    case 'DC': return msg('District of Columbia', { id: 'state.DC' });
    case 'FL': return msg('Florida', { id: 'state.FL' });
    case 'GA': return msg('Georgia', { id: 'state.GA' });
    case 'HI': return msg('Hawaii', { id: 'state.HI' });
    case 'ID': return msg('Idaho', { id: 'state.ID' });
    case 'IL': return msg('Illinois', { id: 'state.IL' });
    case 'IN': return msg('Indiana', { id: 'state.IN' });
    case 'IA': return msg('Iowa', { id: 'state.IA' });
    case 'KS': return msg('Kansas', { id: 'state.KS' });
    case 'KY': return msg('Kentucky', { id: 'state.KY' });
    case 'LA': return msg('Louisiana', { id: 'state.LA' });
    case 'ME': return msg('Maine', { id: 'state.ME' });
    case 'MD': return msg('Maryland', { id: 'state.MD' });
    case 'MA': return msg('Massachusetts', { id: 'state.MA' });
    case 'MI': return msg('Michigan', { id: 'state.MI' });
    case 'MN': return msg('Minnesota', { id: 'state.MN' });
    case 'MS': return msg('Mississippi', { id: 'state.MS' });
    case 'MO': return msg('Missouri', { id: 'state.MO' });
    case 'MT': return msg('Montana', { id: 'state.MT' });
    case 'NE': return msg('Nebraska', { id: 'state.NE' });
    case 'NV': return msg('Nevada', { id: 'state.NV' });
    case 'NH': return msg('New Hampshire', { id: 'state.NH' });
    case 'NJ': return msg('New Jersey', { id: 'state.NJ' });
    case 'NM': return msg('New Mexico', { id: 'state.NM' });
    case 'NY': return msg('New York', { id: 'state.NY' });
    case 'NC': return msg('North Carolina', { id: 'state.NC' });
    case 'ND': return msg('North Dakota', { id: 'state.ND' });
    case 'OH': return msg('Ohio', { id: 'state.OH' });
    case 'OK': return msg('Oklahoma', { id: 'state.OK' });
    case 'OR': return msg('Oregon', { id: 'state.OR' });
    case 'PA': return msg('Pennsylvania', { id: 'state.PA' });
    case 'RI': return msg('Rhode Island', { id: 'state.RI' });
    case 'SC': return msg('South Carolina', { id: 'state.SC' });
    case 'SD': return msg('South Dakota', { id: 'state.SD' });
    case 'TN': return msg('Tennessee', { id: 'state.TN' });
    case 'TX': return msg('Texas', { id: 'state.TX' });
    case 'UT': return msg('Utah', { id: 'state.UT' });
    case 'VT': return msg('Vermont', { id: 'state.VT' });
    case 'VA': return msg('Virginia', { id: 'state.VA' });
    case 'WA': return msg('Washington', { id: 'state.WA' });
    case 'WV': return msg('West Virginia', { id: 'state.WV' });
    case 'WI': return msg('Wisconsin', { id: 'state.WI' });
    case 'WY': return msg('Wyoming', { id: 'state.WY' });
    case 'PR': return msg('Puerto Rico', { id: 'state.PR' });
    case 'VI': return msg('U.S. Virgin Islands', { id: 'state.VI' });
    case 'GU': return msg('Guam', { id: 'state.GU' });
    case 'MP': return msg('Northern Mariana Islands', { id: 'state.MP' });
    case 'AS': return msg('American Samoa', { id: 'state.AS' });
    default: return code;
  }
}

/** The region's short name ("Southwest"); undefined for a region the bundle does not know. */
export function builtInRegionName(id: string): string | undefined {
  switch (id) {
    case 'new-england': return msg('New England', { id: 'region.new-england' });
    case 'northeast': return msg('Northeast', { id: 'region.northeast' });
    case 'mid-atlantic': return msg('Mid-Atlantic', { id: 'region.mid-atlantic' });
    case 'southeast': return msg('Southeast', { id: 'region.southeast' });
    case 'midwest': return msg('Midwest', { id: 'region.midwest' });
    case 'southwest': return msg('Southwest', { id: 'region.southwest' });
    case 'central': return msg('Central', { id: 'region.central' });
    case 'rocky-mountain': return msg('Rocky Mountain', { id: 'region.rocky-mountain' });
    case 'west': return msg('West', { id: 'region.west' });
    case 'northwest': return msg('Northwest', { id: 'region.northwest' });
    default: return undefined;
  }
}

import styled from 'styled-components';
import { Link } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import type { Channel } from './api';
import { useCodeNames } from './codes';
import { telHref, useLocalize } from './format';
import { HoursList } from './hours-list';

/** How to use one channel: the number to call, the link to open, the hours to come. */
function ChannelUse({ channel }: { channel: Channel }) {
  const { t, text } = useLocalize();
  const channelName = useCodeNames().name('channel', channel.type);
  const hoursLabel = t('catalog.channels.hoursOf', { channel: channelName });
  return (
    <>
      <ChannelName>{channelName}</ChannelName>
      <Usage>{t(`catalog.channels.howTo.${channel.type}`)}</Usage>
      {channel.phone && (
        <div>
          <Link href={telHref(channel.phone)}>{t('catalog.channels.call', { phone: channel.phone })}</Link>
        </div>
      )}
      {channel.url && (
        <div>
          <Link href={channel.url}>{t(`catalog.channels.open.${channel.type}`)}</Link>
        </div>
      )}
      {channel.note && <Usage>{text(channel.note)}</Usage>}
      {channel.hours && channel.hours.length > 0 && <HoursList hours={channel.hours} label={hoursLabel} />}
    </>
  );
}

/** Every way to use a service at one place; shared by the service, location and search pages. */
export function ChannelList({ channels }: { channels: readonly Channel[] }) {
  if (channels.length === 0) return null;
  return (
    <List>
      {channels.map((channel, index) => (
        <Item key={`${channel.type}-${index}`} data-channel={channel.type}>
          <ChannelUse channel={channel} />
        </Item>
      ))}
    </List>
  );
}

const List = styled.ul`
  display: grid;
  gap: ${tokens.spacing.s};
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  margin: ${tokens.spacing.xs} 0 0;
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  ${tokens.typography.bodyTextSmall};
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  border-left: 3px solid ${tokens.colors.highlightLight1};
  background: ${tokens.colors.highlightLight4};
`;

const ChannelName = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  margin: 0;
`;

const Usage = styled.p`
  margin: 0;
`;

import styled from 'styled-components';

/** Plain sections and headings: the sidebar's structure, readable by role and heading. */
export const Section = styled.section`
  padding: ${(p) => p.theme.space.sm} 0;
  border-bottom: ${(p) => p.theme.borders.sm} ${(p) => p.theme.palette.grey?.[200]};
  &:last-child {
    border-bottom: none;
  }
`;

export const Heading = styled.h2`
  margin: 0 0 ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  color: ${(p) => p.theme.palette.grey?.[700]};
  text-transform: uppercase;
  letter-spacing: 0.02em;
`;

export const SubHeading = styled.h3`
  margin: ${(p) => p.theme.space.xs} 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const Line = styled.p`
  margin: ${(p) => p.theme.space.xxs} 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

export const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`;
